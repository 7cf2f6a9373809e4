package uk.shine.socialmedia.deadlines;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The due date of a task by its rule in processes/task-deadlines.dmn, as the models ask for it:
 * {@code camunda:dueDate="${taskDeadlines.due(execution)}"} (the task is the execution's activity). A
 * task whose model computes its own due date (the LADO's working day, a hearing's date) keeps its
 * expression; its row says "set by the model" and still names its rule. A school's override of a service
 * standard ({@link DeadlineOverrides}) counts for the tasks of its cases.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final TaskDeadlineTable table;
  private final DueDates dueDates;
  private final DeadlineOverrides overrides;

  TaskDeadlines(TaskDeadlineTable table, DueDates dueDates, DeadlineOverrides overrides) {
    this.table = table;
    this.dueDates = dueDates;
    this.overrides = overrides;
  }

  public Date due(DelegateExecution execution) {
    String processKey = MissedDeadlines.processKey(execution.getBpmnModelElementInstance());
    DeadlineRule rule = table.rule(processKey, execution.getCurrentActivityId());
    if (DueDates.setByTheModel(rule.due())) {
      throw new IllegalStateException("The deadline table says the model sets the due date of " + processKey + "/"
          + execution.getCurrentActivityId() + ", but the model asks the table");
    }
    // the case's school may set its own service standard; a statutory deadline is the table's everywhere
    String due = overrides.of(execution.getTenantId(), execution.getCurrentActivityId(), rule).orElse(rule.due());
    return dueDates.due(due, execution::getVariable, execution.getTenantId());
  }
}
