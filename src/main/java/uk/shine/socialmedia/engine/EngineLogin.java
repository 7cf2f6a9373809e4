package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;

/**
 * A person's password checked and, if right, their groups and schools read, all in one engine
 * command. Camunda's REST filter does the same in three commands on every call (the password, then
 * the groups, then the schools, each a transaction of its own); nothing is remembered between calls,
 * so a member who leaves a group is refused on their very next call, as before.
 */
public final class EngineLogin {

  /** The person's groups and schools (tenants), as the engine would look them up. */
  public record Memberships(List<String> groupIds, List<String> tenantIds) {
  }

  private EngineLogin() {
  }

  /**
   * The password checked through the engine's identity service (its account rules and login throttle
   * apply as to any check); the memberships when it is right, else empty.
   */
  public static Optional<Memberships> checkPassword(ProcessEngine engine, String userId, String password) {
    return EngineCommands.inCommand(engine, () -> engine.getIdentityService().checkPassword(userId, password)
        ? Optional.of(memberships(engine, userId))
        : Optional.empty());
  }

  /** The person's groups and schools, in one engine command. */
  public static Memberships of(ProcessEngine engine, String userId) {
    return EngineCommands.inCommand(engine, () -> memberships(engine, userId));
  }

  private static Memberships memberships(ProcessEngine engine, String userId) {
    if (!(Context.getCommandContext().getReadOnlyIdentityProvider() instanceof DbReadOnlyIdentityServiceProvider)) {
      // another identity provider (a directory) answers its own queries
      return new Memberships(
          engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
          engine.getIdentityService().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId).toList());
    }
    // the engine's own identity tables, as its group query (groupMember) and tenant query (userMember,
    // including the person's groups) read them, in their order (by id); the memberships' foreign keys
    // keep every id pointing at a group or school that exists
    String prefix = Context.getProcessEngineConfiguration().getDatabaseTablePrefix();
    List<String> groups = new ArrayList<>();
    List<String> tenants = new ArrayList<>();
    for (Object[] row : CommandSql.rows("read the person's groups and schools",
        "SELECT 'G', M.GROUP_ID_ FROM " + prefix + "ACT_ID_MEMBERSHIP M WHERE M.USER_ID_ = ?"
            + " UNION SELECT 'T', TM.TENANT_ID_ FROM " + prefix + "ACT_ID_TENANT_MEMBER TM WHERE TM.USER_ID_ = ?"
            + " OR TM.GROUP_ID_ IN (SELECT M2.GROUP_ID_ FROM " + prefix + "ACT_ID_MEMBERSHIP M2 WHERE M2.USER_ID_ = ?)"
            + " ORDER BY 1, 2", 2, userId, userId, userId)) {
      ("G".equals(row[0]) ? groups : tenants).add((String) row[1]);
    }
    return new Memberships(List.copyOf(groups), List.copyOf(tenants));
  }
}
