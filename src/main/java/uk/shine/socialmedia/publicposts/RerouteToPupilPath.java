package uk.shine.socialmedia.publicposts;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * When the investigation finds that pupils wrote the post, this path records the perpetrator as a
 * pupil, and the pupil path it hands the case to ({@code routing.HandOverPath}) starts as a pupil case
 * (the case's own record of the report is left as it was).
 */
@Component("rerouteToPupilPath")
class RerouteToPupilPath implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (PublicPostVariables.PUPILS.equals(task.getExecution().getVariable(PublicPostVariables.AUTHOR))) {
      task.getExecution().setVariable(ConcernVariables.PERPETRATOR_TYPE, PerpetratorType.PUPIL.name());
    }
  }
}
