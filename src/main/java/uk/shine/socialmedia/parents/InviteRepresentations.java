package uk.shine.socialmedia.parents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;

/** A provisional ban gives the parent a chance to make representations, by a date in the letter. */
@Component("inviteRepresentations")
class InviteRepresentations implements TaskListener {

  private final SchoolDays schoolDays;

  InviteRepresentations(SchoolDays schoolDays) {
    this.schoolDays = schoolDays;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(ParentVariables.REPRESENTATIONS_DUE, schoolDays.representationsDue());
  }
}
