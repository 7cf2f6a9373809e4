package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;

/**
 * The harm-threshold screen decides the route: any of the four KCSIE harm tests means the threshold
 * is met and the LADO is due by the end of the next working day after the report; otherwise the case
 * manager's choice between a low-level concern and a conduct breach stands.
 */
@Component("classifyAllegation")
class ClassifyAllegation implements TaskListener {

  private final WorkingDays workingDays;

  ClassifyAllegation(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public void notify(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    if (staff.meetsHarmTest()) {
      staff.harmThreshold(HarmThreshold.MET);
      staff.ladoDue(workingDays.after(staff.openedAt(), 1));
    } else {
      staff.harmThreshold(HarmThreshold.valueOf(staff.belowThreshold()));
    }
  }
}
