package uk.shine.socialmedia.parents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;

/** A ban from the premises that stands is reviewed six months on (the review task is due then). */
@Component("scheduleBanReview")
class ScheduleBanReview implements TaskListener {

  private final SchoolDays schoolDays;

  ScheduleBanReview(SchoolDays schoolDays) {
    this.schoolDays = schoolDays;
  }

  @Override
  public void notify(DelegateTask task) {
    ParentVariables parent = ParentVariables.of(task.getExecution());
    boolean inForce = parent.banInForce();
    parent.banInForce(inForce);
    if (inForce) {
      task.getExecution().setVariable(ParentVariables.BAN_REVIEW_DUE, schoolDays.premisesBanReviewDue());
    }
  }
}
