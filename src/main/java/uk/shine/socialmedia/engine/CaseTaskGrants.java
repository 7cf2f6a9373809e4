package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's grants for a task offered to a group, without the history grant on the task when the
 * group already reads the history of the task's instance: Camunda lets whoever reads an instance's
 * history read its tasks' history too, so that row would add nothing (it was more than half of all
 * authorization rows, kept as long as the case). A group that does not read the instance's history
 * still gets it, as do people given a task by name.
 */
class CaseTaskGrants extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
    if (task.getProcessInstanceId() == null || !readsHistory(groupId, task.getProcessInstanceId())) {
      return super.createOrUpdateAuthorizationsByGroupId(task, groupId);
    }
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
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
