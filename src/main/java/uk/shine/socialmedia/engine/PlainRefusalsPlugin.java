package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import uk.shine.socialmedia.security.PlainRefusals;

/**
 * Turns the engine's failures of a person's command into {@link PlainRefusals}: the outermost
 * interceptor of all, outside the engine's transaction, so it sees every refusal after the rollback.
 */
class PlainRefusalsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.outermostOfAll(configuration, new Refusals(configuration));
  }

  private static final class Refusals extends CommandInterceptor {

    private static final String UNAUTHORIZED_TENANT = "because it belongs to no authenticated tenant";

    private final ProcessEngineConfigurationImpl configuration;

    Refusals(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (OptimisticLockingException concurrent) {
        // only a person's own work: the job executor relies on seeing this exception itself
        if (isTaskWork(command)) {
          throw PlainRefusals.concurrentWork();
        }
        throw concurrent;
      } catch (AuthorizationException refused) {
        // completed by someone else between loading the task and checking the permission on it
        if ((command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) && taskGone(command)) {
          throw PlainRefusals.taskGone();
        }
        if (command instanceof SetJobRetriesCmd) {
          // the engine's message names the job's process instance
          throw PlainRefusals.noRetries();
        }
        if ((command instanceof SubmitStartFormCmd || command instanceof StartProcessInstanceCmd)
            && refused.getMissingAuthorizations().stream()
                .anyMatch(missing -> "CREATE_INSTANCE".equals(missing.getViolatedPermissionName()))) {
          throw PlainRefusals.mayNotStart();
        }
        throw refused;
      } catch (NullValueException missing) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
          throw PlainRefusals.taskGone();
        }
        throw missing;
      } catch (ProcessEngineException failure) {
        // the engine's tenant check (ENGINE-13034) on a record of a school the person is not in
        if (failure.getMessage() != null && failure.getMessage().contains(UNAUTHORIZED_TENANT)) {
          throw PlainRefusals.otherSchool();
        }
        if (command instanceof SaveUserCmd && "Password does not match policy".equals(failure.getMessage())) {
          throw PlainRefusals.weakPassword();
        }
        if (command instanceof SetJobRetriesCmd) {
          // the only failure left once the permission is checked: a job id that is not (or no longer) there
          throw PlainRefusals.noSuchJob();
        }
        throw failure;
      }
    }

    private boolean taskGone(Command<?> command) {
      String taskId = (String) CommandFields.read(command, "taskId");
      return configuration.getCommandExecutorTxRequired()
          .execute(context -> context.getTaskManager().findTaskById(taskId) == null);
    }

    private static boolean isTaskWork(Command<?> command) {
      return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd || command instanceof ClaimTaskCmd
          || command instanceof AssignTaskCmd || command instanceof SetTaskVariablesCmd;
    }
  }
}
