package uk.shine.socialmedia.engine;

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
import uk.shine.socialmedia.security.AccountRules;

/**
 * Asks {@link AccountRules} about every password check and every change to a user account, whichever
 * API it comes through, inside the engine's transaction.
 */
class AccountRulesPlugin extends AbstractProcessEnginePlugin {

  private final AccountRules rules;

  AccountRulesPlugin(AccountRules rules) {
    this.rules = rules;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.insideTheTransaction(configuration, new AccountCommands());
  }

  private final class AccountCommands extends CommandInterceptor {

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (command instanceof CheckPassword) {
        return (T) rules.checkPassword(context.getAuthenticatedUserId(), (String) CommandFields.read(command, "userId"),
            () -> (Boolean) next.execute(command));
      }
      String caller = context.getAuthenticatedUserId();
      if (caller == null || !context.isAuthorizationCheckEnabled()) {
        return next.execute(command);
      }
      if (command instanceof UnlockUserCmd) {
        rules.unlocking(context.getAuthenticatedGroupIds(), (String) CommandFields.read(command, "userId"));
        // the engine's own check wants an admin group, and there is none: this one command, not a bypass
        return context.runWithoutAuthorization(() -> next.execute(command));
      }
      if (command instanceof SaveUserCmd) {
        User user = (User) CommandFields.read(command, "user");
        rules.savingUser(context.getAuthenticatedGroupIds(), user,
            user instanceof UserEntity entity && entity.getRevision() == 0,
            () -> context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(user.getId())));
      }
      if (command instanceof DeleteUserCmd) {
        rules.deletingUser(context.getAuthenticatedGroupIds());
      }
      return next.execute(command);
    }
  }
}
