package uk.shine.socialmedia.engine;

import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
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

  /** @param subjectOf the case's subject (a user id), or null when it has none */
  CaseTaskGrants(Function<DelegateExecution, String> subjectOf) {
    this.subjectOf = subjectOf;
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
