package uk.shine.socialmedia.accesschanges;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * Camunda lets its administrator give anyone, themselves included, access to cases: a grant on
 * process instances, their history, tasks or a model's instances, or a place in a case group. That
 * stays possible, but never unseen: each such change a person makes (REST, the Admin app or any other
 * way into the engine), and a new password someone sets for a member of a case group (who could then
 * sign in as them), is written to the {@link AccessChangeLog} and the DSL and the data protection
 * lead are told by e-mail, in the change's own transaction, so the change and its record commit
 * together. The application's own grants (the per-case grants, made without authorization checks,
 * and the set-up at start, made by nobody) are not people's changes and are not recorded.
 */
@Component
public class AccessChangePlugin extends AbstractProcessEnginePlugin {

  static final Set<String> CASE_GROUPS = Stream.concat(CaseGroups.CASE_WORKERS.stream(), Stream.of(CaseGroups.DPO))
      .collect(Collectors.toUnmodifiableSet());
  private static final Map<Integer, String> CASE_RESOURCES = Map.of(
      Resources.PROCESS_INSTANCE.resourceType(), "process instance",
      Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), "process instance's history",
      Resources.TASK.resourceType(), "task",
      Resources.HISTORIC_TASK.resourceType(), "task's history",
      Resources.PROCESS_DEFINITION.resourceType(), "process's instances");
  // what a grant may give without reaching any case: starting a case, reading a model
  private static final Map<Integer, Integer> NO_CASE_CONTENT = Map.of(
      Resources.PROCESS_INSTANCE.resourceType(), ProcessInstancePermissions.CREATE.getValue(),
      Resources.PROCESS_DEFINITION.resourceType(),
      ProcessDefinitionPermissions.READ.getValue() | ProcessDefinitionPermissions.CREATE_INSTANCE.getValue());

  private final AccessChangeLog log;
  private final Notifications notifications;

  public AccessChangePlugin(AccessChangeLog log, Notifications notifications) {
    this.log = log;
    this.notifications = notifications;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
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
          passwordSet(context, by, user.getId(), newPassword);
        } else if (command instanceof CreateMembershipCmd) {
          joined(by, (String) CommandFields.read(command, "userId"), (String) CommandFields.read(command, "groupId"));
        } else {
          changed(context, by, saved != null ? saved : deleted, saved == null ? "removed" : isNew ? "new" : "changed");
        }
        return result;
      }
    });
  }

  private void joined(String by, String userId, String groupId) {
    if (CASE_GROUPS.contains(groupId)) {
      tell(by, by.equals(userId) ? "joined the case group " + groupId : "added " + userId + " to the case group " + groupId,
          null);
    }
  }

  /** Someone else's new password lets whoever set it sign in as them: for a case group's member, that is their cases. */
  private void passwordSet(CommandContext context, String by, String userId, boolean newPassword) {
    if (!newPassword || by.equals(userId)) {
      return;
    }
    List<String> groups = context.runWithoutAuthorization(() -> context.getProcessEngineConfiguration().getIdentityService()
        .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).filter(CASE_GROUPS::contains).sorted()
        .toList());
    if (!groups.isEmpty()) {
      tell(by, "set a new password for " + userId + ", a member of the case group" + (groups.size() > 1 ? "s " : " ")
          + String.join(", ", groups), null);
    }
  }

  private void changed(CommandContext context, String by, AuthorizationEntity authorization, String how) {
    if (authorization == null || !reachesCases(authorization)) {
      return;
    }
    int type = authorization.getResourceType();
    String who = authorization.getUserId() != null ? "user " + authorization.getUserId()
        : authorization.getGroupId() != null ? "group " + authorization.getGroupId() : "everyone";
    boolean refusal = authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
    String permissions = permissions(context, authorization);
    boolean every = "*".equals(authorization.getResourceId());
    String on = (every ? "every " : "one ") + CASE_RESOURCES.get(type)
        + (type == Resources.PROCESS_DEFINITION.resourceType() && !every ? " (" + authorization.getResourceId() + ")" : "");
    String what = switch (how) {
      case "new" -> (refusal ? "refused " : "gave ") + who + " " + permissions + " on " + on;
      case "changed" -> "changed the access of " + who + " on " + on + " to: " + (refusal ? "refused " : "given ") + permissions;
      default -> "removed the " + (refusal ? "refusal" : "grant") + " of " + permissions + " on " + on + " for " + who;
    };
    tell(by, what, every ? null : caseOf(context, type, authorization.getResourceId()));
  }

  private void tell(String by, String what, String caseReference) {
    notifications.accessChanged(log.record(by, what, caseReference, ClockUtil.getCurrentTime().toInstant()));
  }

  /** Whether the authorization gives or takes anything of a case: any refusal, any grant beyond starting and models. */
  private static boolean reachesCases(AuthorizationEntity authorization) {
    int type = authorization.getResourceType();
    if (!CASE_RESOURCES.containsKey(type)) {
      return false;
    }
    return authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE
        || (authorization.getPermissions() & ~NO_CASE_CONTENT.getOrDefault(type, 0)) != 0;
  }

  private static String permissions(CommandContext context, AuthorizationEntity authorization) {
    boolean refusal = authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
    if (refusal ? authorization.isEveryPermissionRevoked() : authorization.isEveryPermissionGranted()) {
      return "ALL";
    }
    Permission[] known = context.getProcessEngineConfiguration().getPermissionProvider()
        .getPermissionsForResource(authorization.getResourceType());
    return Arrays.stream(authorization.getPermissions(known)).filter(permission -> permission.getValue() != 0)
        .map(Permission::getName).collect(Collectors.joining(", "));
  }

  private static String caseOf(CommandContext context, int type, String resourceId) {
    if (type == Resources.PROCESS_INSTANCE.resourceType() || type == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
      return CaseReferences.ofInstance(context, resourceId);
    }
    if (type == Resources.TASK.resourceType() || type == Resources.HISTORIC_TASK.resourceType()) {
      return CaseReferences.ofTask(context, resourceId);
    }
    return null;
  }
}
