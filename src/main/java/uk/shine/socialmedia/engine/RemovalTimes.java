package uk.shine.socialmedia.engine;

import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
   * null clears it, so the cleanup never removes it. Inside an engine command.
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
      command.getHistoricProcessInstanceManager().addRemovalTimeToProcessInstancesByRootProcessInstanceId(root, removalTime);
      if (decisions) {
        command.getHistoricDecisionInstanceManager().addRemovalTimeToDecisionsByRootProcessInstanceId(root, removalTime);
      }
    }
  }
}
