package uk.shine.socialmedia.staff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.ReportReceived;
import uk.shine.socialmedia.intake.SubjectRelationship;

/**
 * The staff path's route for someone the school does not employ (supply and agency staff, contractors,
 * trainees, volunteers, governors): the model asks {@code ${notEmployed.applies(execution)}} at its start, and
 * {@code ${notEmployed.screened(task)}} when the first step records whether the harm threshold may be met. Then
 * the DSL consults the LADO by the end of the next working day after the report, as for an employee (KCSIE
 * Part 4 covers everyone who works with children, whoever employs them). Public: the model calls it by expression.
 */
@Component("notEmployed")
public class NotEmployed {

  private final WorkingDays workingDays;

  public NotEmployed(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** Triage said so; a case from before the question, or handed over by another path, is an employee's. */
  public boolean applies(DelegateExecution execution) {
    SubjectRelationship relationship = ConcernVariables.of(execution).subjectRelationship();
    return relationship != null && relationship != SubjectRelationship.EMPLOYEE;
  }

  public void screened(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    if (staff.mayMeetHarmThreshold()) {
      staff.ladoDue(workingDays.after(ReportReceived.at(task.getExecution()), 1));
    } else {
      // an unticked box may send nothing: the model's gateway reads it
      staff.flag(StaffCaseVariables.MAY_MEET_HARM_THRESHOLD, false);
    }
  }
}
