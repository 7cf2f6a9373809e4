package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * The working day for consulting the LADO has passed: the head teacher (the chair when the head
 * teacher is the subject) gets the consultation too, and the case records the missed deadline.
 */
@Component("escalateLadoConsultation")
public class EscalateLadoConsultation implements JavaDelegate {

  static final String TASK = "consult-lado";

  private final Escalations escalations;

  public EscalateLadoConsultation(Escalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (escalations.escalate(execution.getProcessInstanceId(), TASK, ConcernVariables.of(execution).leaderGroup())) {
      SafeguardingVariables.of(execution).ladoDeadlineMet(false);
    }
  }
}
