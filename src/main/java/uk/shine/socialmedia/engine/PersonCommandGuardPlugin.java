package uk.shine.socialmedia.engine;

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
import uk.shine.socialmedia.security.PersonCommandGuard.Asked;
import uk.shine.socialmedia.security.PersonCommandGuard;

/**
 * Refuses a person's command that only the application may send ({@link PersonCommandGuard}): in
 * front of the engine's own interceptors, where no command context yet means nobody's command is
 * running around it, so it is a call of the REST API.
 */
class PersonCommandGuardPlugin extends AbstractProcessEnginePlugin {

  /** The engine's commands for what only the application asks of a process. */
  private static final Map<Asked, List<Class<?>>> APPLICATION_ONLY = Map.of(
      Asked.START_ELSEWHERE, List.of(StartProcessInstanceAtActivitiesCmd.class),
      Asked.MOVE, List.of(ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
          AbstractModificationCmd.class, RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class,
          AbstractMigrationCmd.class),
      Asked.SEND, List.of(AbstractCorrelateMessageCmd.class, CorrelateAllMessageBatchCmd.class,
          MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class, EvaluateStartConditionCmd.class));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.beforeTheTransaction(configuration, new PersonCommands(configuration));
  }

  private static final class PersonCommands extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    PersonCommands(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (fromAPerson()) {
        Asked asked = asked(command);
        if (asked != null) {
          throw PersonCommandGuard.refusal(asked);
        }
      }
      return next.execute(command);
    }

    /** A command of its own (no command around it) while someone is logged in: a call of the REST API. */
    private boolean fromAPerson() {
      var authentication = configuration.getIdentityService().getCurrentAuthentication();
      return Context.getCommandContext() == null && authentication != null && authentication.getUserId() != null;
    }

    private static Asked asked(Command<?> command) {
      for (var refused : APPLICATION_ONLY.entrySet()) {
        if (refused.getValue().stream().anyMatch(type -> type.isInstance(command))) {
          return refused.getKey();
        }
      }
      boolean deletion = command instanceof AbstractDeleteProcessInstanceCmd || command instanceof DeleteProcessInstanceBatchCmd;
      return deletion && (flag(command, "skipCustomListeners") || flag(command, "skipIoMappings"))
          ? Asked.DELETE_SKIPPING_STEPS : null;
    }

    private static boolean flag(Command<?> command, String name) {
      return Boolean.TRUE.equals(CommandFields.read(command, name));
    }
  }
}
