package uk.shine.socialmedia.pupils;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The parents' time to make representations ran out (the model's timer): the case moves on and says
 * why, so nobody waits for a letter that may never come.
 */
@Component("recordNoRepresentations")
class RecordNoRepresentations implements JavaDelegate {

  private final int representationsSchoolDays;

  RecordNoRepresentations(@Value("${socialmedia.pupils.representations-school-days:15}") int representationsSchoolDays) {
    this.representationsSchoolDays = representationsSchoolDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PupilVariables.PARENTS_REPRESENTATIONS, "NONE_IN_TIME");
    execution.setVariable(PupilVariables.BOARD_REVIEW_OUTCOME, "No representations from the parents within "
        + representationsSchoolDays + " school days of the decision: the suspension stands");
  }
}
