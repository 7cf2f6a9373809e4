package uk.shine.socialmedia.indecentimagery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.security.CaseGroups;

/**
 * Securing the evidence or calling the police is not done in time: the head teacher (the chair when
 * the head teacher is the subject) gets the task too, beside the DSL and deputy DSLs, and both are
 * alerted by e-mail.
 * The model names the late step in the input {@code lateStep}.
 */
@Component("escalateUrgentImageryStep")
class EscalateUrgentImageryStep implements JavaDelegate {

  private final Escalations escalations;
  private final Notifications notifications;

  EscalateUrgentImageryStep(Escalations escalations, Notifications notifications) {
    this.escalations = escalations;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String lateStep = (String) execution.getVariableLocal("lateStep");
    String leaderGroup = ConcernVariables.of(execution).leaderGroup();
    escalations.escalate(execution.getProcessInstanceId(), lateStep, leaderGroup).ifPresent(task -> {
      ImageryVariables.of(execution).urgentStepsOverdue();
      // the DSL team hears of it beside the head teacher; the police call itself never waits for this
      notifications.escalated(task, CaseGroups.DSL);
    });
  }
}
