package uk.shine.socialmedia.imagepublication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Staff pictured must give permission: without it, nothing is published. */
@Component("recordStaffPermission")
class RecordStaffPermission implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!"GIVEN".equals(task.getExecution().getVariable(PublicationVariables.STAFF_PERMISSION))) {
      PublicationVariables.of(task.getExecution()).refused();
    }
  }
}
