package uk.shine.socialmedia.safeguarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The DSL has seen the concern: when and by whom is recorded, the reporter is told it has been seen
 * (once per case, with no detail), and where an adult who works with
 * children is implicated, the LADO falls due by the end of the next working day after the report.
 */
@Component("acknowledgeConcern")
class AcknowledgeConcern implements TaskListener {

  private final WorkingDays workingDays;
  private final Notifications notifications;

  AcknowledgeConcern(WorkingDays workingDays, Notifications notifications) {
    this.workingDays = workingDays;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    SafeguardingVariables safeguarding = SafeguardingVariables.of(task.getExecution());
    if (!(task.getVariable(SafeguardingVariables.ADULT_IMPLICATED) instanceof Boolean)) {
      safeguarding.adultImplicated(false);
    }
    safeguarding.acknowledged(EngineTime.now(), EngineUser.inCommand());
    notifications.reportSeen(task.getExecution());
    if (safeguarding.adultImplicated()) {
      safeguarding.ladoDue(workingDays.after(safeguarding.concernRaisedAt(), 1));
    }
  }
}
