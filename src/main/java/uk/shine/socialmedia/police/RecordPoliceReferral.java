package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On a task outside police liaison whose completion is a referral to the police (the imagery call, a
 * parent reported to the police): the case's police hold starts. (A form that offers the police among
 * other referrals names {@code ${policeHold.referralIfTicked(task)}} instead.)
 */
@Component("recordPoliceReferral")
class RecordPoliceReferral implements TaskListener {

  private final PoliceHold hold;

  RecordPoliceReferral(PoliceHold hold) {
    this.hold = hold;
  }

  @Override
  public void notify(DelegateTask task) {
    hold.referralRecorded(task.getExecution());
  }
}
