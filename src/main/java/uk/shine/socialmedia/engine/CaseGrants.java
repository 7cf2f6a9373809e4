package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Writes a case's own authorization rows inside the engine command that is running (a listener's),
 * straight into the command's session: each row carries the root process instance id of the case,
 * so the engine gives it the case's removal time and its history cleanup removes it with the case.
 * Saving through the {@code AuthorizationService} would look the history row up first (not written
 * yet at an instance's start, so the engine left the row untied) and write a user operation log
 * entry for every row; neither is wanted for the application's own rows. The execution given may be
 * any of the case's (the case's correction writes on its other instances and tasks too): it gives the root.
 */
public final class CaseGrants {

  private CaseGrants() {
  }

  /** A grant of one permission on one resource of the case, to a group or to a user. */
  public static void grant(DelegateExecution execution, String userId, String groupId, Resource resource, String resourceId,
      Permission permission) {
    AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.addPermission(permission);
    insert(execution, grant, resource, resourceId);
  }

  private static void insert(DelegateExecution execution, AuthorizationEntity row, Resource resource, String resourceId) {
    row.setResource(resource);
    row.setResourceId(resourceId);
    row.setRootProcessInstanceId(((ExecutionEntity) execution).getRootProcessInstanceId());
    Context.getCommandContext().getAuthorizationManager().insert(row);
  }
}
