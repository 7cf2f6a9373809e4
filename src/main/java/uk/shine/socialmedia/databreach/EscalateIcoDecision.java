package uk.shine.socialmedia.databreach;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * 48 hours after the school became aware and still no decision on reporting to the ICO: the head
 * teacher (the chair when the head teacher is the case's subject) gets the open task beside the data
 * protection lead, at the top of their list, and is told (the reference and the task only). The data
 * protection lead has had the deadline warning of every task by then; the deadline check does the rest
 * when the 72 hours pass.
 */
@Component("escalateIcoDecision")
class EscalateIcoDecision implements JavaDelegate {

  private final TaskService tasks;
  private final Escalations escalations;

  EscalateIcoDecision(TaskService tasks, Escalations escalations) {
    this.tasks = tasks;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object leader = execution.getVariable(ConcernVariables.LEADER_GROUP);
    String group = leader == null ? CaseGroups.HEADTEACHER : leader.toString();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
        .forEach(open -> escalations.escalate(open, group));
  }
}
