package uk.shine.socialmedia.engine;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import uk.shine.socialmedia.accesschanges.AccessChanges;

/**
 * Tells {@link AccessChanges} of every change a person makes to who may read cases, whichever API
 * they use: grants and refusals saved or removed, people put in groups, users saved (a new password);
 * and of every person removed, or taken out of a group, by anyone, so what they were allowed ends.
 * Inside the change's own transaction; the engine's own work and the application's work without
 * authorization checks are not a person's changes.
 */
class AccessChangePlugin extends AbstractProcessEnginePlugin {

  private final AccessChanges changes;

  AccessChangePlugin(AccessChanges changes) {
    this.changes = changes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.insideTheTransaction(configuration, new AccessChangeWatch());
  }

  private final class AccessChangeWatch extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof DeleteUserCmd || command instanceof DeleteMembershipCmd) {
        // whoever removes the person (an administrator, an identity sync), their approvals end with it
        T result = next.execute(command);
        changes.removed((String) CommandFields.read(command, "userId"),
            command instanceof DeleteMembershipCmd ? (String) CommandFields.read(command, "groupId") : null);
        return result;
      }
      CommandContext context = Context.getCommandContext();
      boolean watched = command instanceof SaveAuthorizationCmd || command instanceof DeleteAuthorizationCmd
          || command instanceof CreateMembershipCmd || command instanceof SaveUserCmd;
      String by = context.getAuthenticatedUserId();
      if (!watched || by == null || !context.isAuthorizationCheckEnabled()) {
        return next.execute(command);
      }
      // read before the command: a deletion leaves nothing to read, a save changes the entity in place
      AuthorizationEntity deleted = command instanceof DeleteAuthorizationCmd ? context.getDbEntityManager()
          .selectById(AuthorizationEntity.class, (String) CommandFields.read(command, "authorizationId")) : null;
      AuthorizationEntity saved = command instanceof SaveAuthorizationCmd
          ? (AuthorizationEntity) CommandFields.read(command, "authorization") : null;
      boolean isNew = saved != null && saved.getId() == null;
      UserEntity user = command instanceof SaveUserCmd ? (UserEntity) CommandFields.read(command, "user") : null;
      boolean newPassword = user != null && user.hasNewPassword();
      T result = next.execute(command);
      if (user != null) {
        changes.userSaved(by, user.getId(), newPassword, context.getProcessEngineConfiguration().getIdentityService());
      } else if (command instanceof CreateMembershipCmd) {
        changes.joined(by, (String) CommandFields.read(command, "userId"), (String) CommandFields.read(command, "groupId"));
      } else {
        AuthorizationEntity authorization = saved != null ? saved : deleted;
        boolean refusal = authorization != null && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
        if (authorization != null
            && AccessChanges.reachesCases(authorization.getResourceType(), refusal, authorization.getPermissions())) {
          changes.grantChanged(by, grant(context, authorization, refusal), saved == null ? AccessChanges.Change.REMOVED
              : isNew ? AccessChanges.Change.NEW : AccessChanges.Change.CHANGED);
        }
      }
      return result;
    }

    private static AccessChanges.Grant grant(CommandContext context, AuthorizationEntity authorization, boolean refusal) {
      return new AccessChanges.Grant(authorization.getResourceType(), authorization.getResourceId(),
          authorization.getUserId(), authorization.getGroupId(), refusal, permissions(context, authorization, refusal));
    }

    private static String permissions(CommandContext context, AuthorizationEntity authorization, boolean refusal) {
      if (refusal ? authorization.isEveryPermissionRevoked() : authorization.isEveryPermissionGranted()) {
        return "ALL";
      }
      Permission[] known = context.getProcessEngineConfiguration().getPermissionProvider()
          .getPermissionsForResource(authorization.getResourceType());
      return Arrays.stream(authorization.getPermissions(known)).filter(permission -> permission.getValue() != 0)
          .map(Permission::getName).collect(Collectors.joining(", "));
    }
  }
}
