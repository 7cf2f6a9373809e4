package uk.shine.socialmedia.pupils;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The pupil reference is kept in one spelling (upper case, trimmed), so suspension totals add up;
 * an unticked checkbox may send nothing, which means no.
 */
@Component("recordPupilInvestigation")
class RecordInvestigation implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PupilVariables pupil = PupilVariables.of(task.getExecution());
    task.getExecution().setVariable(PupilVariables.PUPIL_REFERENCE, pupil.pupilReference());
    pupil.defaultFlag(PupilVariables.CHILD_ON_CHILD_ABUSE);
  }
}
