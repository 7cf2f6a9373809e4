package uk.shine.socialmedia.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Keeps a case's subject out of it with grants alone, never a refusal: a reader group that has the
 * subject in it holds no grant on the case; each of its other members holds one by name instead, and
 * {@code smc_member_grant} records which of those grants stand for which group, so that membership
 * changes rewrite them in the same transaction (whoever joins the group gets them, whoever leaves loses
 * those that no other group of theirs needs, the subject joining a group turns its grants on their case
 * into grants by name). Inside an engine command, without authorization checks; written on the
 * command's own connection, so a failure rolls the membership change back with it.
 */
public final class MemberGrants {

  /** The resources a case's rows are on: its instances and tasks, running and in history. */
  private static final Set<Integer> CASE_RESOURCES = Set.of(Resources.PROCESS_INSTANCE.resourceType(),
      Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Resources.TASK.resourceType(),
      Resources.HISTORIC_TASK.resourceType());

  /**
   * An authorization row {@code a} on an instance or task of the case ({@code ?} three times, the case's root
   * instance): by the case it carries, or by its instance or task (a row saved through the engine's API
   * carries none).
   */
  static final String ON_CASE = "a.resource_type_ in (7, 8, 19, 20) and (a.root_proc_inst_id_ = ?"
      + " or a.resource_id_ in (select p.id_ from act_hi_procinst p where p.root_proc_inst_id_ = ?)"
      + " or a.resource_id_ in (select t.id_ from act_hi_taskinst t where t.root_proc_inst_id_ = ?))";

  private MemberGrants() {
  }

  /** The groups the person is in now. */
  public static Set<String> groupsOf(String userId) {
    return quietly(() -> Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery()
        .groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toSet()));
  }

  /**
   * A reader group's grant on a resource of the case that the group holds nothing on yet: to the group,
   * or to each of its other members when the subject ({@code subjectGroups} their groups) is in it.
   */
  public static void grant(String caseId, String subject, Set<String> subjectGroups, String group, Resource resource,
      String resourceId, Permission permission) {
    if (subject != null && subjectGroups.contains(group)) {
      quietly(() -> perMember(caseId, subject, group, resource.resourceType(), resourceId, permission.getValue()));
    } else {
      insert(caseId, null, group, resource.resourceType(), resourceId, permission.getValue());
    }
  }

  /**
   * The group reads the resource member by member, the subject never: recorded, so joiners get it too (with
   * what the group holds on it in all: a task HR follows and is then offered is worked by whoever joins).
   */
  static Void perMember(String caseId, String subject, String group, int type, String resourceId, int permissions) {
    List<Object[]> recorded = rows("select permissions from smc_member_grant where group_id = ? and user_id is null"
        + " and resource_type = ? and resource_id = ?", 1, group, type, resourceId);
    if (recorded.isEmpty()) {
      update("insert into smc_member_grant (root_instance_id, group_id, user_id, subject_user_id, resource_type,"
          + " resource_id, permissions) values (?, ?, null, ?, ?, ?, ?)", caseId, group, subject, type, resourceId,
          permissions);
    } else {
      int held = ((Number) recorded.get(0)[0]).intValue();
      if ((held | permissions) != held) {
        update("update smc_member_grant set permissions = ? where group_id = ? and user_id is null"
            + " and resource_type = ? and resource_id = ?", held | permissions, group, type, resourceId);
      }
    }
    for (User member : Context.getProcessEngineConfiguration().getIdentityService().createUserQuery()
        .memberOfGroup(group).list()) {
      if (!member.getId().equals(subject)) {
        grantMember(caseId, group, member.getId(), type, resourceId, permissions);
      }
    }
    return null;
  }

  /** Whether the group reads the resource member by member (its members hold grants by name for it). */
  static boolean readsPerMember(String group, int type, String resourceId) {
    return count("select count(*) from smc_member_grant where group_id = ? and user_id is null and resource_type = ?"
        + " and resource_id = ?", group, type, resourceId) > 0;
  }

  /**
   * The member's grant standing for the group. A grant they already hold for a reason of their own (a
   * task given by name, a transferred case) is widened but not recorded, so it stays when they leave.
   */
  private static void grantMember(String caseId, String group, String userId, int type, String resourceId,
      int permissions) {
    AuthorizationEntity held = find(userId, null, type, resourceId);
    if (held == null) {
      // nothing on the resource for them yet: nothing recorded either
      insert(caseId, userId, null, type, resourceId, permissions);
      update("insert into smc_member_grant (root_instance_id, group_id, user_id, resource_type, resource_id,"
          + " permissions) values (?, ?, ?, ?, ?, ?)", caseId, group, userId, type, resourceId, permissions);
      return;
    }
    held.setPermissions(held.getPermissions() | permissions);
    if (memberRows(userId, type, resourceId) > 0 && count("select count(*) from smc_member_grant where group_id = ? and user_id = ?"
        + " and resource_type = ? and resource_id = ?", group, userId, type, resourceId) == 0) {
      update("insert into smc_member_grant (root_instance_id, group_id, user_id, resource_type, resource_id,"
          + " permissions) values (?, ?, ?, ?, ?, ?)", caseId, group, userId, type, resourceId, permissions);
    }
  }

  /**
   * A person has joined a group (the membership not yet written): a case of theirs that the group reads
   * is now read by its other members by name, and whatever the group reads member by member they read too
   * (never a case of their own; never an instance or task that is gone).
   */
  public static void joined(String userId, String groupId) {
    quietly(() -> {
      for (String caseId : strings("select distinct root_proc_inst_id_ from act_hi_varinst where name_ = ?"
          + " and text_ = ? and root_proc_inst_id_ is not null", "subjectUserId", userId)) {
        keepOutOfCase(caseId, userId, Set.of(groupId));
      }
      for (Object[] marker : rows("select m.root_instance_id, m.resource_type, m.resource_id, m.permissions"
          + " from smc_member_grant m where m.group_id = ? and m.user_id is null"
          + " and (m.subject_user_id is null or m.subject_user_id <> ?) and ("
          + " m.resource_type = 8 and exists (select 1 from act_ru_execution e where e.id_ = m.resource_id)"
          + " or m.resource_type = 7 and exists (select 1 from act_ru_task t where t.id_ = m.resource_id)"
          + " or m.resource_type = 20 and exists (select 1 from act_hi_procinst p where p.id_ = m.resource_id)"
          + " or m.resource_type = 19 and exists (select 1 from act_hi_taskinst h where h.id_ = m.resource_id))",
          4, groupId, userId)) {
        grantMember((String) marker[0], groupId, userId, ((Number) marker[1]).intValue(), (String) marker[2],
            ((Number) marker[3]).intValue());
      }
      return null;
    });
  }

  /** A person has left a group: the grants that stood for it alone go. */
  public static void left(String userId, String groupId) {
    quietly(() -> {
      for (Object[] row : rows("select resource_type, resource_id from smc_member_grant where group_id = ?"
          + " and user_id = ?", 2, groupId, userId)) {
        int type = ((Number) row[0]).intValue();
        String resourceId = (String) row[1];
        update("delete from smc_member_grant where group_id = ? and user_id = ? and resource_type = ?"
            + " and resource_id = ?", groupId, userId, type, resourceId);
        if (memberRows(userId, type, resourceId) == 0) {
          remove(find(userId, null, type, resourceId));
        }
      }
      return null;
    });
  }

  /** The groups that read the resource member by member. */
  public static List<String> perMemberGroups(Resource resource, String resourceId) {
    return quietly(() -> strings("select group_id from smc_member_grant where user_id is null and resource_type = ?"
        + " and resource_id = ?", resource.resourceType(), resourceId));
  }

  /**
   * The group no longer reads the resource (the case was reclassified): its members' grants that stood
   * for it alone go with its record, as a group grant would.
   */
  public static void withdraw(String groupId, Resource resource, String resourceId) {
    int type = resource.resourceType();
    quietly(() -> {
      for (String member : strings("select user_id from smc_member_grant where group_id = ? and user_id is not null"
          + " and resource_type = ? and resource_id = ?", groupId, type, resourceId)) {
        update("delete from smc_member_grant where group_id = ? and user_id = ? and resource_type = ?"
            + " and resource_id = ?", groupId, member, type, resourceId);
        if (memberRows(member, type, resourceId) == 0) {
          remove(find(member, null, type, resourceId));
        }
      }
      update("delete from smc_member_grant where group_id = ? and user_id is null and resource_type = ?"
          + " and resource_id = ?", groupId, type, resourceId);
      return null;
    });
  }

  /** A person has been removed: every grant that stood for a group goes with their records of it. */
  public static void userRemoved(String userId) {
    quietly(() -> {
      for (Object[] row : rows("select distinct resource_type, resource_id from smc_member_grant where user_id = ?",
          2, userId)) {
        remove(find(userId, null, ((Number) row[0]).intValue(), (String) row[1]));
      }
      update("delete from smc_member_grant where user_id = ?", userId);
      return null;
    });
  }

  /** A group has been removed: as if each of its members had left it; nothing is read through it any more. */
  public static void groupRemoved(String groupId) {
    quietly(() -> {
      for (String member : strings("select distinct user_id from smc_member_grant where group_id = ?"
          + " and user_id is not null", groupId)) {
        left(member, groupId);
      }
      update("delete from smc_member_grant where group_id = ?", groupId);
      return null;
    });
  }

  /**
   * The subject (in {@code subjectGroups}) kept out of every instance and task of the case, running or
   * in history: a grant of theirs goes, a grant of one of their groups becomes grants by name to its other
   * members. Rows written earlier in this command count too.
   *
   * @return how many group grants were turned into grants by name
   */
  public static int keepOutOfCase(String caseId, String subject, Collection<String> subjectGroups) {
    return quietly(() -> {
      int turned = 0;
      for (AuthorizationEntity row : grantsOnCase(caseId)) {
        if (subject.equals(row.getUserId())) {
          remove(row);
        } else if (row.getGroupId() != null && subjectGroups.contains(row.getGroupId())) {
          remove(row);
          perMember(caseId, subject, row.getGroupId(), row.getResourceType(), row.getResourceId(), row.getPermissions());
          turned++;
        }
      }
      update("delete from smc_member_grant where root_instance_id = ? and user_id = ?", caseId, subject);
      update("update smc_member_grant set subject_user_id = ? where root_instance_id = ? and user_id is null",
          subject, caseId);
      return turned;
    });
  }

  /**
   * The records of cases the history cleanup has removed, and of open instances and tasks that have ended
   * (the engine removed their grants with them).
   */
  static void forgetRemovedCases() {
    update("delete from smc_member_grant where not exists (select 1 from act_hi_procinst p"
        + " where p.id_ = smc_member_grant.root_instance_id)");
    update("delete from smc_member_grant where resource_type = 7 and not exists (select 1 from act_ru_task t"
        + " where t.id_ = smc_member_grant.resource_id)");
    update("delete from smc_member_grant where resource_type = 8 and not exists (select 1 from act_ru_execution e"
        + " where e.id_ = smc_member_grant.resource_id)");
  }

  /** Every grant on the case's instances and tasks: in the database (tasks' by their instance), and unwritten. */
  private static Collection<AuthorizationEntity> grantsOnCase(String caseId) {
    CommandContext context = Context.getCommandContext();
    Map<String, AuthorizationEntity> grants = new LinkedHashMap<>();
    for (String id : strings("select a.id_ from act_ru_authorization a where a.type_ = 1 and " + ON_CASE, caseId,
        caseId, caseId)) {
      AuthorizationEntity row = context.getDbEntityManager().selectById(AuthorizationEntity.class, id);
      if (row != null) {
        grants.put(id, row);
      }
    }
    for (AuthorizationEntity row : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
      if (caseId.equals(row.getRootProcessInstanceId()) && row.getAuthorizationType() == AUTH_TYPE_GRANT
          && CASE_RESOURCES.contains(row.getResourceType()) && !deleted(row)) {
        grants.putIfAbsent(row.getId(), row);
      }
    }
    grants.values().removeIf(MemberGrants::deleted);
    return new ArrayList<>(grants.values());
  }

  /** A grant, written earlier in this command or in the database; null when there is none. */
  static AuthorizationEntity find(String userId, String groupId, int type, String resourceId) {
    CommandContext context = Context.getCommandContext();
    for (AuthorizationEntity row : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
      if (row.getAuthorizationType() == AUTH_TYPE_GRANT && Objects.equals(row.getUserId(), userId)
          && Objects.equals(row.getGroupId(), groupId) && row.getResourceType() == type
          && resourceId.equals(row.getResourceId()) && !deleted(row)) {
        return row;
      }
    }
    Resource resource = resource(type);
    AuthorizationEntity stored = userId != null
        ? context.getAuthorizationManager().findAuthorizationByUserIdAndResourceId(AUTH_TYPE_GRANT, userId, resource,
            resourceId)
        : context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId, resource,
            resourceId);
    return stored == null || deleted(stored) ? null : stored;
  }

  private static void insert(String caseId, String userId, String groupId, int type, String resourceId,
      int permissions) {
    AuthorizationEntity row = new AuthorizationEntity(AUTH_TYPE_GRANT);
    row.setUserId(userId);
    row.setGroupId(groupId);
    row.setResourceType(type);
    row.setResourceId(resourceId);
    row.setPermissions(permissions);
    row.setRootProcessInstanceId(caseId);
    Context.getCommandContext().getAuthorizationManager().insert(row);
  }

  private static void remove(AuthorizationEntity row) {
    if (row != null && !deleted(row)) {
      Context.getCommandContext().getDbEntityManager().delete(row);
    }
  }

  private static boolean deleted(AuthorizationEntity row) {
    return Context.getCommandContext().getDbEntityManager().getDbEntityCache().isDeleted(row);
  }

  private static int memberRows(String userId, int type, String resourceId) {
    return count("select count(*) from smc_member_grant where user_id = ? and resource_type = ? and resource_id = ?",
        userId, type, resourceId);
  }

  private static Resource resource(int type) {
    for (Resources resource : Resources.values()) {
      if (resource.resourceType() == type) {
        return resource;
      }
    }
    throw new IllegalArgumentException("Not a resource of a case: " + type);
  }

  private static <T> T quietly(Supplier<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work::get);
  }

  // on the command's own connection: in its transaction, rolled back with it

  private static void update(String sql, Object... parameters) {
    CommandSql.update("record who reads a case in place of a group", sql, parameters);
  }

  private static int count(String sql, Object... parameters) {
    return ((Number) rows(sql, 1, parameters).get(0)[0]).intValue();
  }

  private static List<String> strings(String sql, Object... parameters) {
    return rows(sql, 1, parameters).stream().map(row -> (String) row[0]).toList();
  }

  static List<Object[]> rows(String sql, int columns, Object... parameters) {
    return CommandSql.rows("read who reads a case in place of a group", sql, columns, parameters);
  }
}
