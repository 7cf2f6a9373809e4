package uk.shine.socialmedia.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;

/**
 * What only the application does to a process, never a person, administrator included: start it
 * anywhere but at its start event (which would skip intake, its reference and its checks), move a
 * running one to another step or version (modification, restart, migration), skip its listeners or
 * input and output mappings, and send it messages, signals or conditions.
 *
 * <p>A person reaches the engine only through its REST API (here and inside the webapps), where each
 * call is a command of its own with the person authenticated. The application's own starts,
 * correlations and call activities run inside a command that is already running (a task completion,
 * a job, the consent import), so they are not touched. The refusal comes before any lookup or
 * permission check: the answer is the same whether or not the process, or anything waiting in it,
 * exists.
 */
@Component
public class PersonCommandGuard extends AbstractProcessEnginePlugin {

  static final String START_AT_THE_START = "A case or request can only be started from its form, at its first step";
  static final String NOT_BY_HAND = "Cases cannot be moved to another step, restarted or moved to another version by hand";
  static final String NO_SKIPPING = "A case always runs all of its own steps: skipCustomListeners and skipIoMappings are not accepted";
  static final String APPLICATION_ONLY = "Messages, signals and conditions are sent to cases by the application only";

  private static final Map<String, List<Class<?>>> REFUSED = Map.of(
      START_AT_THE_START, List.of(StartProcessInstanceAtActivitiesCmd.class),
      NOT_BY_HAND, List.of(ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
          AbstractModificationCmd.class, RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class,
          AbstractMigrationCmd.class),
      APPLICATION_ONLY, List.of(AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class,
          MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class, EvaluateStartConditionCmd.class));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OutermostInterceptors.add(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (fromAPerson(configuration)) {
          String refusal = refusal(command);
          if (refusal != null) {
            throw new InvalidRequestException(NO_SKIPPING.equals(refusal) ? Status.BAD_REQUEST : Status.FORBIDDEN, refusal);
          }
        }
        return next.execute(command);
      }
    });
  }

  /** A command of its own (no command around it) while someone is logged in: a call of the REST API. */
  private static boolean fromAPerson(ProcessEngineConfigurationImpl configuration) {
    var authentication = configuration.getIdentityService().getCurrentAuthentication();
    return Context.getCommandContext() == null && authentication != null && authentication.getUserId() != null;
  }

  private static String refusal(Command<?> command) {
    for (var refused : REFUSED.entrySet()) {
      if (refused.getValue().stream().anyMatch(type -> type.isInstance(command))) {
        return refused.getKey();
      }
    }
    boolean deletion = command instanceof AbstractDeleteProcessInstanceCmd || command instanceof DeleteProcessInstanceBatchCmd;
    return deletion && (flag(command, "skipCustomListeners") || flag(command, "skipIoMappings")) ? NO_SKIPPING : null;
  }

  private static boolean flag(Command<?> command, String name) {
    return Boolean.TRUE.equals(CommandFields.read(command, name));
  }

  /**
   * For the HTTP filter: a request asking to skip listeners or mappings. A start without start
   * instructions refuses these flags before any command runs, as a server error; this answers 400.
   */
  static String refuseBody(JsonNode body) {
    return body.path("skipCustomListeners").asBoolean(false) || body.path("skipIoMappings").asBoolean(false)
        ? NO_SKIPPING : null;
  }
}
