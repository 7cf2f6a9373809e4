package uk.shine.socialmedia.deadlines;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due date of a task by its rule in processes/task-deadlines.dmn, as the models ask for it:
 * {@code camunda:dueDate="${taskDeadlines.due(execution)}"} (the task is the execution's activity). A
 * task whose model computes its own due date (the LADO's working day, a hearing's date) keeps its
 * expression; its row says "set by the model" and still names its rule.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final TaskDeadlineTable table;
  private final DueDates dueDates;

  TaskDeadlines(TaskDeadlineTable table, DueDates dueDates) {
    this.table = table;
    this.dueDates = dueDates;
  }

  public Date due(DelegateExecution execution) {
    String processKey = MissedDeadlines.processKey(execution.getBpmnModelElementInstance());
    DeadlineRule rule = table.rule(processKey, execution.getCurrentActivityId());
    if (DueDates.setByTheModel(rule.due())) {
      throw new IllegalStateException("The deadline table says the model sets the due date of " + processKey + "/"
          + execution.getCurrentActivityId() + ", but the model asks the table");
    }
    return dueDates.due(rule.due(), execution::getVariable, execution.getTenantId());
  }
}
