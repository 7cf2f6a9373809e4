package uk.shine.socialmedia.publicposts;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;

/** Eight weeks after the response, the post is looked at again for recurrence (the review task is due then). */
@Component("scheduleRecurrenceReview")
class ScheduleRecurrenceReview implements TaskListener {

  private final SchoolDays schoolDays;

  ScheduleRecurrenceReview(SchoolDays schoolDays) {
    this.schoolDays = schoolDays;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(PublicPostVariables.RECURRENCE_REVIEW_DUE, schoolDays.publicPostReviewDue());
  }
}
