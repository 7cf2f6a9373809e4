package uk.shine.socialmedia.imagery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Escalations;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Securing the evidence or calling the police is not done in time: the head teacher (the chair when
 * the head teacher is the subject) gets the task too, beside the DSL and deputy DSLs.
 * The model names the late step in the input {@code lateStep}.
 */
@Component("escalateUrgentImageryStep")
public class EscalateUrgentImageryStep implements JavaDelegate {

  private final Escalations escalations;

  public EscalateUrgentImageryStep(Escalations escalations) {
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String lateStep = (String) execution.getVariableLocal("lateStep");
    String leaderGroup = ConcernVariables.of(execution).leaderGroup();
    if (escalations.escalate(execution.getProcessInstanceId(), lateStep, leaderGroup)) {
      ImageryVariables.of(execution).urgentStepsOverdue();
    }
  }
}
