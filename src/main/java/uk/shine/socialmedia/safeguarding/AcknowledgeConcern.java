package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;

/**
 * The DSL has seen the concern: when and by whom is recorded, and where an adult who works with
 * children is implicated, the LADO falls due by the end of the next working day after the report.
 */
@Component("acknowledgeConcern")
public class AcknowledgeConcern implements TaskListener {

  private final WorkingDays workingDays;

  public AcknowledgeConcern(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    SafeguardingVariables safeguarding = SafeguardingVariables.of(task.getExecution());
    if (!(task.getVariable(SafeguardingVariables.ADULT_IMPLICATED) instanceof Boolean)) {
      safeguarding.adultImplicated(false);
    }
    Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    safeguarding.acknowledged(ClockUtil.getCurrentTime(), who == null ? null : who.getUserId());
    if (safeguarding.adultImplicated()) {
      safeguarding.ladoDue(workingDays.after(safeguarding.concernRaisedAt(), 1));
    }
  }
}
