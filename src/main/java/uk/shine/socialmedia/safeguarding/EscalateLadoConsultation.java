package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The working day for consulting the LADO has passed: the head teacher (the chair when the head
 * teacher is the subject; the DSL on a staff case, which the head teacher manages) gets the
 * consultation too, the case records the missed deadline, and the
 * DSL team and the head teacher are told by e-mail.
 */
@Component("escalateLadoConsultation")
class EscalateLadoConsultation implements JavaDelegate {

  static final String TASK = "consult-lado";

  private final Escalations escalations;
  private final Notifications notifications;

  EscalateLadoConsultation(Escalations escalations, Notifications notifications) {
    this.escalations = escalations;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // a staff case is the head teacher's already: there the DSL is brought in (input escalateTo)
    Object escalateTo = execution.getVariableLocal("escalateTo");
    String group = escalateTo != null ? escalateTo.toString() : ConcernVariables.of(execution).leaderGroup();
    escalations.escalate(execution.getProcessInstanceId(), TASK, group).ifPresent(task -> {
      SafeguardingVariables.of(execution).ladoDeadlineMet(false);
      notifications.deadlineMissed(task);
    });
  }
}
