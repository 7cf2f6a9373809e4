package uk.shine.socialmedia.engine;

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
    // keep every id pointing at a group or school that exists. Two plain statements, not a UNION,
    // which H2 would parse again on every call rather than keep with the connection.
    String prefix = CommandSql.prefix();
    List<String> groups = ids(CommandSql.rows("read the person's groups",
        "SELECT M.GROUP_ID_ FROM " + prefix + "ACT_ID_MEMBERSHIP M WHERE M.USER_ID_ = ? ORDER BY M.GROUP_ID_", 1, userId));
    List<String> tenants = ids(CommandSql.rows("read the person's schools",
        "SELECT DISTINCT TM.TENANT_ID_ FROM " + prefix + "ACT_ID_TENANT_MEMBER TM WHERE TM.USER_ID_ = ?"
            + " OR TM.GROUP_ID_ IN (SELECT M.GROUP_ID_ FROM " + prefix + "ACT_ID_MEMBERSHIP M WHERE M.USER_ID_ = ?)"
            + " ORDER BY TM.TENANT_ID_", 1, userId, userId));
    return new Memberships(groups, tenants);
  }

  private static List<String> ids(List<Object[]> rows) {
    return rows.stream().map(row -> (String) row[0]).toList();
  }
}
