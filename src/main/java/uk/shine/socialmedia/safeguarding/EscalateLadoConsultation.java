package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The working day for consulting the LADO has passed: the head teacher (the chair when the head
 * teacher is the subject) gets the consultation too, the case records the missed deadline, and the
 * DSL team and the head teacher are told by e-mail.
 */
@Component("escalateLadoConsultation")
public class EscalateLadoConsultation implements JavaDelegate {

  static final String TASK = "consult-lado";

  private final Escalations escalations;
  private final Notifications notifications;

  public EscalateLadoConsultation(Escalations escalations, Notifications notifications) {
    this.escalations = escalations;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String leaderGroup = ConcernVariables.of(execution).leaderGroup();
    escalations.escalate(execution.getProcessInstanceId(), TASK, leaderGroup).ifPresent(task -> {
      SafeguardingVariables.of(execution).ladoDeadlineMet(false);
      notifications.deadlineMissed(task);
      notifications.escalated(task, leaderGroup);
    });
  }
}
