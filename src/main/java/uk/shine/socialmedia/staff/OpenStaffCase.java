package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;

/** Start of a staff case: statutory deadlines count from now, and the forms can link to its letters. */
@Component("openStaffCase")
class OpenStaffCase implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    StaffCaseVariables.of(execution).opened(execution.getProcessInstanceId(), EngineTime.now());
  }
}
