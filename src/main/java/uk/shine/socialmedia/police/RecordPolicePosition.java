package uk.shine.socialmedia.police;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.Deadlines;

/**
 * On each police task (referral, hold review): the position goes onto the case at once, in the same
 * transaction as the person's answer, and the next review falls due (4 weeks first, then 2).
 */
@Component("recordPolicePosition")
class RecordPolicePosition implements TaskListener {

  private final PoliceHold hold;
  private final Deadlines deadlines;

  RecordPolicePosition(PoliceHold hold, Deadlines deadlines) {
    this.hold = hold;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    PoliceVariables police = PoliceVariables.of(task.getExecution());
    police.defaultPoliceAskToWait();
    hold.record(task.getExecution(), police.policeAskToWait());
    if (police.policeAskToWait()) {
      police.reviewHeld(police.reviewsHeld() == 0 ? deadlines.policeFirstReview() : deadlines.policeNextReview());
    }
  }
}
