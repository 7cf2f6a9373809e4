package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.runtime.Execution;

/**
 * Records read by id inside an engine command, as Camunda's public types: no query (a query's dynamic
 * SQL costs more than the rest of a notification) and no authorization check (the application reads
 * what the person asking may not, and decides itself what leaves). Each returns null when there is
 * no such record.
 */
public final class EngineRecords {

  private EngineRecords() {
  }

  /** A process instance (running or ended) from history. */
  public static HistoricProcessInstance historicInstance(String processInstanceId) {
    return processInstanceId == null ? null
        : command().getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
  }

  /** A task (open or done) from history. */
  public static HistoricTaskInstance historicTask(String taskId) {
    return command().getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
  }

  /** A historic variable, by its id. */
  public static HistoricVariableInstance historicVariable(String variableId) {
    return command().getDbEntityManager().selectById(HistoricVariableInstanceEntity.class, variableId);
  }

  /** A running execution. */
  public static Execution execution(String executionId) {
    return command().getExecutionManager().findExecutionById(executionId);
  }

  /** An open task, as delegates see tasks. */
  public static DelegateTask task(String taskId) {
    return command().getTaskManager().findTaskById(taskId);
  }

  /** The instance at the top of an execution's hierarchy: the case, for any of its paths. */
  public static String rootInstanceId(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getRootProcessInstanceId();
  }

  private static CommandContext command() {
    return Context.getCommandContext();
  }
}
