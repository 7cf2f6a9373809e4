package uk.shine.socialmedia.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;

/** A case closed at triage has its outcome already: the reason was given there. */
@Component("recordNoFurtherAction")
class RecordNoFurtherAction implements JavaDelegate {

  public static final String NO_FURTHER_ACTION = "NO_FURTHER_ACTION";

  @Override
  public void execute(DelegateExecution execution) {
    ConcernVariables.of(execution).outcomeCategory(NO_FURTHER_ACTION);
  }
}
