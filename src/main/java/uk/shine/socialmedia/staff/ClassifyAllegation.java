package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.intake.ReportReceived;

/**
 * The harm-threshold screen decides the route: any of the four KCSIE harm tests means the threshold
 * is met and the LADO is due by the end of the next working day after the report reached the school (the
 * case's start, not this path's: KCSIE Part 4), so a staff path that opens late may start already late;
 * otherwise the case manager's choice between a low-level concern and a conduct breach stands.
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
      staff.ladoDue(workingDays.after(ReportReceived.at(task.getExecution()), 1));
    } else {
      staff.harmThreshold(HarmThreshold.valueOf(staff.belowThreshold()));
    }
  }
}
