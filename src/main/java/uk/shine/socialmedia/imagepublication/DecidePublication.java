package uk.shine.socialmedia.imagepublication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Approved on the channels the checker approved; refused when none. */
@Component("decidePublication")
class DecidePublication implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PublicationVariables request = PublicationVariables.of(task.getExecution());
    request.decided(request.approvedChannels());
  }
}
