package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's grants for a task of a case, written so that the case's subject never holds one, with
 * no refusal: a candidate group that has the subject in it is granted the task member by member
 * ({@link MemberGrants}), the subject offered or given a task by name is granted nothing. The history
 * grant on the task is left out when the group already reads the history of the task's instance:
 * Camunda lets whoever reads an instance's history read its tasks' history too, so that row would add
 * nothing. A group that does not read the instance's history still gets it, as do people given a task
 * by name. Every row carries the case's root instance, so it goes with the case.
 */
class CaseTaskGrants extends DefaultAuthorizationProvider {

  private static final AuthorizationEntity[] NONE = {};

  private final Function<DelegateExecution, String> subjectOf;
  private final Function<DelegateExecution, Set<String>> followersOf;

  /**
   * @param subjectOf the case's subject (a user id), or null when it has none
   * @param followersOf the groups that read the instance's open tasks without working them
   */
  CaseTaskGrants(Function<DelegateExecution, String> subjectOf, Function<DelegateExecution, Set<String>> followersOf) {
    this.subjectOf = subjectOf;
    this.followersOf = followersOf;
  }

  /**
   * A new task of an instance that a group follows: that group may read it (READ alone: not claim, work or
   * change it). Written before the task's candidates are known; when the group turns out to be one, the
   * engine merges its grant into this row, unwritten yet. A follower group with the subject in it reads
   * the task member by member, as a candidate group would.
   */
  @Override
  public AuthorizationEntity[] newTask(Task task) {
    ExecutionEntity execution = execution(task);
    Set<String> followers = execution == null ? Set.of() : followersOf.apply(execution);
    if (followers.isEmpty()) {
      return null;
    }
    String subject = subjectOf.apply(execution);
    Set<String> subjectGroups = subject == null ? Set.of() : MemberGrants.groupsOf(subject);
    List<AuthorizationEntity> rows = new ArrayList<>();
    for (String group : followers) {
      if (subjectGroups.contains(group)) {
        Context.getCommandContext().runWithoutAuthorization(() -> MemberGrants.perMember(
            execution.getRootProcessInstanceId(), subject, group, Resources.TASK.resourceType(), task.getId(),
            Permissions.READ.getValue()));
      } else {
        rows.add(createGrantAuthorization(null, group, Resources.TASK, task.getId(), Permissions.READ));
      }
    }
    return withTheCase(rows.toArray(NONE), execution);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
    ExecutionEntity execution = execution(task);
    String subject = execution == null ? null : subjectOf.apply(execution);
    boolean history = execution == null || !readsHistory(groupId, task.getProcessInstanceId());
    if (subject != null && MemberGrants.groupsOf(subject).contains(groupId)) {
      history = history && !MemberGrants.readsPerMember(groupId, Resources.HISTORIC_PROCESS_INSTANCE.resourceType(),
          task.getProcessInstanceId());
      String caseId = execution.getRootProcessInstanceId();
      MemberGrants.perMember(caseId, subject, groupId, Resources.TASK.resourceType(), task.getId(),
          value(getRuntimePermissions(isEnforceSpecificVariablePermission())));
      if (history) {
        MemberGrants.perMember(caseId, subject, groupId, Resources.HISTORIC_TASK.resourceType(), task.getId(),
            value(getHistoricPermissions(isEnforceSpecificVariablePermission())));
      }
      return NONE;
    }
    AuthorizationEntity[] rows = history ? super.createOrUpdateAuthorizationsByGroupId(task, groupId)
        : new AuthorizationEntity[] {createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
            getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    return withTheCase(rows, execution);
  }

  /**
   * A grant written earlier in this command on the same task for the same group or person is merged into
   * the new one: both sets of permissions (the engine would keep the earlier row's alone, so a task HR
   * follows and is offered would lose the work its candidate grant gives).
   */
  @Override
  protected void updateAuthorizationBasedOnCacheEntries(AuthorizationEntity authorization, String userId,
      String groupId, Resource resource, String resourceId) {
    int asked = authorization.getPermissions();
    super.updateAuthorizationBasedOnCacheEntries(authorization, userId, groupId, resource, resourceId);
    authorization.setPermissions(authorization.getPermissions() | asked);
  }

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
    ExecutionEntity execution = execution(task);
    if (execution != null && userId.equals(subjectOf.apply(execution))) {
      return NONE;
    }
    return withTheCase(super.createOrUpdateAuthorizationsByUserId(task, userId), execution);
  }

  /** The runtime row too carries the case (the engine gives it to the history row only), so it is found by the case. */
  private static AuthorizationEntity[] withTheCase(AuthorizationEntity[] rows, ExecutionEntity execution) {
    if (execution != null && rows != null) {
      for (AuthorizationEntity row : rows) {
        if (row != null && row.getRootProcessInstanceId() == null) {
          row.setRootProcessInstanceId(execution.getRootProcessInstanceId());
        }
      }
    }
    return rows;
  }

  private static ExecutionEntity execution(Task task) {
    return task instanceof DelegateTask delegate ? (ExecutionEntity) delegate.getExecution() : null;
  }

  private static int value(Permission[] permissions) {
    int value = 0;
    for (Permission permission : permissions) {
      value |= permission.getValue();
    }
    return value;
  }

  /** A grant written earlier in this command (not flushed yet), or one in the database. */
  private static boolean readsHistory(String groupId, String instanceId) {
    var context = Context.getCommandContext();
    for (AuthorizationEntity row : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
      if (historyGrant(row, groupId, instanceId)) {
        return true;
      }
    }
    AuthorizationEntity stored = context.getAuthorizationManager().findAuthorizationByGroupIdAndResourceId(
        Authorization.AUTH_TYPE_GRANT, groupId, Resources.HISTORIC_PROCESS_INSTANCE, instanceId);
    return stored != null && stored.isPermissionGranted(HistoricProcessInstancePermissions.READ);
  }

  private static boolean historyGrant(AuthorizationEntity row, String groupId, String instanceId) {
    return row.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && groupId.equals(row.getGroupId())
        && row.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()
        && instanceId.equals(row.getResourceId()) && row.isPermissionGranted(HistoricProcessInstancePermissions.READ);
  }
}
