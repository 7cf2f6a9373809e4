package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;

/** A pattern of low-level concerns takes the matter over the harm threshold: the LADO is due from now. */
@Component("decideLowLevelPattern")
class DecideLowLevelPattern implements TaskListener {

  static final String PATTERN = "PATTERN";

  private final WorkingDays workingDays;

  DecideLowLevelPattern(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    if (PATTERN.equals(staff.text(StaffCaseVariables.PATTERN_DECISION))) {
      staff.harmThreshold(HarmThreshold.MET);
      staff.ladoDue(workingDays.fromNow(1));
    }
  }
}
