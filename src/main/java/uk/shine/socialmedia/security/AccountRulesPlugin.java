package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.shine.socialmedia.forms.CommandFields;

/**
 * People's accounts, whichever API is used. Every password check is throttled by caller address and
 * account ({@link LoginThrottle}; {@link ErrorResponses} answers 429), and checks only the caller's own
 * password once they are logged in. A person changes their own password, never their name, e-mail
 * address (it routes case mail) or id, and cannot delete their account: the administrator does that.
 * The administrator ({@code camunda-admin}) may unlock an account, although {@link NoSuperAdminPlugin}
 * leaves the engine no admin group for its own check.
 */
@Component
public class AccountRulesPlugin extends AbstractProcessEnginePlugin {

  static final String OWN_PASSWORD_ONLY = "You can check only your own password";
  static final String ADMIN_CHANGES_PROFILES = "Names and e-mail addresses are changed by the administrator; "
      + "you can change your own password";
  static final String ADMIN_DELETES = "Accounts are removed by the administrator";
  static final String ADMIN_UNLOCKS = "Accounts are unlocked by the administrator";

  private final LoginThrottle throttle;

  public AccountRulesPlugin(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (command instanceof CheckPassword) {
          return (T) checkPassword(command, context);
        }
        String caller = context.getAuthenticatedUserId();
        if (caller == null || !context.isAuthorizationCheckEnabled()) {
          return next.execute(command);
        }
        boolean admin = context.getAuthenticatedGroupIds() != null
            && context.getAuthenticatedGroupIds().contains(CaseGroups.ADMIN);
        if (command instanceof UnlockUserCmd) {
          if (!admin) {
            throw new Refusal(Status.FORBIDDEN, ADMIN_UNLOCKS);
          }
          throttle.forget((String) CommandFields.read(command, "userId"));
          // the engine's own check wants an admin group, and there is none: this one command, not a bypass
          return context.runWithoutAuthorization(() -> next.execute(command));
        }
        if (command instanceof SaveUserCmd && !admin && changesProfile((User) CommandFields.read(command, "user"), context)) {
          throw new Refusal(Status.FORBIDDEN, ADMIN_CHANGES_PROFILES);
        }
        if (command instanceof DeleteUserCmd && !admin) {
          throw new Refusal(Status.FORBIDDEN, ADMIN_DELETES);
        }
        return next.execute(command);
      }

      private Boolean checkPassword(Command<?> command, CommandContext context) {
        String account = (String) CommandFields.read(command, "userId");
        String caller = context.getAuthenticatedUserId();
        if (caller != null && !caller.equals(account)) {
          throw new Refusal(Status.FORBIDDEN, OWN_PASSWORD_ONLY);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!(request instanceof ServletRequestAttributes servlet)) {
          return (Boolean) next.execute(command); // not over HTTP: nobody to throttle
        }
        String address = servlet.getRequest().getRemoteAddr();
        Duration wait = throttle.waitFor(address, account);
        if (!wait.isZero()) {
          request.setAttribute(ErrorResponses.RETRY_AFTER, wait, RequestAttributes.SCOPE_REQUEST);
          return false;
        }
        Boolean right = (Boolean) next.execute(command);
        if (Boolean.TRUE.equals(right)) {
          throttle.succeeded(address, account);
        } else {
          throttle.failed(address, account);
        }
        return right;
      }
    });
  }

  /** A saved user whose id, names or e-mail address differ from the stored ones (a new user is not a change). */
  private static boolean changesProfile(User user, CommandContext context) {
    if (user == null || (user instanceof UserEntity entity && entity.getRevision() == 0)) {
      return false;
    }
    User stored = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(user.getId()));
    return stored == null || !Objects.equals(stored.getFirstName(), user.getFirstName())
        || !Objects.equals(stored.getLastName(), user.getLastName()) || !Objects.equals(stored.getEmail(), user.getEmail());
  }
}
