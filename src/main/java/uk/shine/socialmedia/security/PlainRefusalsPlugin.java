package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;

/**
 * Situations a person runs into, not faults, answered as plain refusals instead of the REST layer's
 * HTTP 500 (which {@link ErrorResponses} would make a generic error): two people completing one
 * task at once (the second gets 409), a task already completed (404), a password the policy refuses (400),
 * retries for a job that does not exist (404) or that the person may not retry (403, without naming its case).
 * Outside the engine's transaction interceptor, so the transaction has rolled back by then.
 */
@Component
public class PlainRefusalsPlugin extends AbstractProcessEnginePlugin {

  static final String CONCURRENT = "Someone else changed this at the same time: reload and check before trying again";
  static final String TASK_GONE = "This task is no longer open: someone may have completed it already";
  static final String WEAK_PASSWORD = "The password does not meet the password policy";
  static final String NO_SUCH_JOB = "There is no such job: it may have run already";
  static final String NO_RETRIES = "You cannot retry this job";

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException concurrent) {
          // only a person's own work: the job executor relies on seeing this exception itself
          if (isTaskWork(command)) {
            throw new InvalidRequestException(Status.CONFLICT, CONCURRENT);
          }
          throw concurrent;
        } catch (AuthorizationException refused) {
          // completed by someone else between loading the task and checking the permission on it
          if ((command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) && taskGone(command)) {
            throw new InvalidRequestException(Status.NOT_FOUND, TASK_GONE);
          }
          if (command instanceof SetJobRetriesCmd) {
            // the engine's message names the job's process instance
            throw new InvalidRequestException(Status.FORBIDDEN, NO_RETRIES);
          }
          throw refused;
        } catch (NullValueException missing) {
          if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            throw new InvalidRequestException(Status.NOT_FOUND, TASK_GONE);
          }
          throw missing;
        } catch (ProcessEngineException failure) {
          if (command instanceof SaveUserCmd && "Password does not match policy".equals(failure.getMessage())) {
            throw new InvalidRequestException(Status.BAD_REQUEST, WEAK_PASSWORD);
          }
          if (command instanceof SetJobRetriesCmd) {
            // the only failure left once the permission is checked: a job id that is not (or no longer) there
            throw new InvalidRequestException(Status.NOT_FOUND, NO_SUCH_JOB);
          }
          throw failure;
        }
      }
    });
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
