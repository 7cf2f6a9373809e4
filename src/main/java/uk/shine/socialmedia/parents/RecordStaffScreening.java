package uk.shine.socialmedia.parents;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.security.CaseAccess;
import uk.shine.socialmedia.security.CaseAccessPolicy;

/**
 * When the screening names the member of staff the parent's post is about, they become the subject
 * of the whole case: this path, the staff path it may start and every other path of the case (a staff
 * victim's support the subject could otherwise read as a senior leader): the access rules are applied
 * again at once, so they never see any of it.
 */
@Component("recordStaffScreening")
class RecordStaffScreening implements TaskListener {

  private final CaseAccessPolicy policy;

  public RecordStaffScreening(CaseAccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    Object subject = task.getExecution().getVariable("subjectUserId");
    if (subject instanceof String id && !id.isBlank()) {
            CaseAccess.applyToWholeCase(task.getExecution(), policy);
    }
  }
}
