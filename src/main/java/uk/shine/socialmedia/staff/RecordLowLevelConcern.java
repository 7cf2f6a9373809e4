package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.intake.ConcernVariables;

/** A low-level concern goes into the register; its review sees how many came before it. */
@Component("recordLowLevelConcern")
class RecordLowLevelConcern implements JavaDelegate {

  private final LowLevelConcerns register;

  RecordLowLevelConcern(LowLevelConcerns register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConcernVariables concern = ConcernVariables.of(execution);
    StaffCaseVariables staff = StaffCaseVariables.of(execution);
    int earlier = register.record(concern.caseReference(), concern.subjectUserId(),
        staff.text(StaffCaseVariables.STAFF_MEMBER_NAME), staff.text(StaffCaseVariables.CONCERN_FOR_REGISTER),
        EngineTime.now(), null);
    staff.previousLowLevelConcerns(earlier);
  }
}
