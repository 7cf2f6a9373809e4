package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On a task outside police liaison that records a referral to the police (the imagery call, a parent
 * reported to the police, a safeguarding referral that ticks the police): the case's police hold starts.
 * A form that offers the police as one referral among others ({@code referredToPolice}) counts only when
 * it is ticked.
 */
@Component("recordPoliceReferral")
class RecordPoliceReferral implements TaskListener {

  static final String REFERRED_TO_POLICE = "referredToPolice";

  private final PoliceHold hold;

  RecordPoliceReferral(PoliceHold hold) {
    this.hold = hold;
  }

  @Override
  public void notify(DelegateTask task) {
    Object ticked = task.getExecution().getVariable(REFERRED_TO_POLICE);
    if (ticked == null || Boolean.TRUE.equals(ticked)) {
      hold.referralRecorded(task.getExecution());
    }
  }
}
