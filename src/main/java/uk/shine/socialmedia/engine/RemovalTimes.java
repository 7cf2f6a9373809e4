package uk.shine.socialmedia.engine;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;

/**
 * The removal time the engine's history cleanup goes by, set in the running command: what the
 * engine's {@code setRemovalTimeToHistoricProcessInstances().hierarchical()} does, with the same
 * updates of every history table of the instance's whole hierarchy (its decisions and the history
 * grants that carry its root instance included), without a batch and the three jobs each batch runs.
 * A case's history is a few hundred rows: one command carries it.
 */
public final class RemovalTimes {

  private RemovalTimes() {
  }

  /**
   * Sets the removal time of the history of each instance's whole hierarchy (from its root down);
   * null clears it, so the cleanup never removes it. Inside an engine command. Clearing a hierarchy
   * that has no removal time writes nothing: its rows get one only all at once, from its root.
   */
  public static void setHierarchically(Date removalTime, String... processInstanceIds) {
    CommandContext command = Context.getCommandContext();
    boolean decisions = command.getProcessEngineConfiguration().isDmnEnabled();
    for (String id : processInstanceIds) {
      HistoricProcessInstanceEntity instance = command.getHistoricProcessInstanceManager().findHistoricProcessInstance(id);
      if (instance == null) {
        continue; // removed already
      }
      String root = instance.getRootProcessInstanceId() == null ? id : instance.getRootProcessInstanceId();
      if (removalTime == null && removalTimeOf(command, instance, root) == null) {
        continue;
      }
      command.getHistoricProcessInstanceManager().addRemovalTimeToProcessInstancesByRootProcessInstanceId(root, removalTime);
      if (decisions) {
        command.getHistoricDecisionInstanceManager().addRemovalTimeToDecisionsByRootProcessInstanceId(root, removalTime);
      }
    }
  }

  private static Date removalTimeOf(CommandContext command, HistoricProcessInstanceEntity instance, String root) {
    HistoricProcessInstanceEntity rootInstance = root.equals(instance.getId()) ? instance
        : command.getHistoricProcessInstanceManager().findHistoricProcessInstance(root);
    return rootInstance == null ? null : rootInstance.getRemovalTime();
  }

  /**
   * The root instance ending in the running command is one whose removal time the application sets
   * (a closed case's, which its records review sets): the engine gives it none as it ends, where it
   * would write a date into every row of the case's history only for the review to clear it again.
   * Inside an engine command, before the instance's end is recorded (its end listeners run before).
   */
  public static void leftToTheApplication(String rootProcessInstanceId) {
    Context.getCommandContext().getSession(LeftToTheApplication.class).roots.add(rootProcessInstanceId);
  }

  static boolean isLeftToTheApplication(String rootProcessInstanceId) {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getSession(LeftToTheApplication.class).roots.contains(rootProcessInstanceId);
  }

  /** The roots named so in one command: it lives and ends with the command. */
  static final class LeftToTheApplication implements Session {

    private final Set<String> roots = new HashSet<>();

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }
}
