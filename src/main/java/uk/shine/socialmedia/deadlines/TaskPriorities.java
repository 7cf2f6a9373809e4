package uk.shine.socialmedia.deadlines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Urgent work looks urgent from the moment it exists: a task whose deadline rule in
 * processes/task-deadlines.dmn is counted in hours (securing imagery evidence, calling the police,
 * acknowledging a safeguarding concern, containing a data breach) is created with a high priority, so
 * Tasklist's filters (which sort by priority, then due date) show it first. Late work escalated to
 * another group goes higher still ({@link Escalations}).
 */
@Component
public class TaskPriorities {

  /** Above Camunda's default of 50, below escalated work. */
  public static final int URGENT = 90;

  // when first used: the engine's plugins, which call this, are made before the engine the table reads
  private final ObjectProvider<TaskDeadlineTable> table;

  TaskPriorities(ObjectProvider<TaskDeadlineTable> table) {
    this.table = table;
  }

  /** Every user task, when created (a listener the engine plugins attach to every model). */
  public void taskCreated(DelegateTask task) {
    if (task.getExecution() == null || task.getBpmnModelElementInstance() == null) {
      return; // a task made by hand, outside any model: no rule
    }
    String processKey = MissedDeadlines.processKey(task.getBpmnModelElementInstance());
    if (DueDates.countedInHours(table.getObject().rule(processKey, task.getTaskDefinitionKey()).due())
        && task.getPriority() < URGENT) {
      task.setPriority(URGENT);
    }
  }
}
