package uk.shine.socialmedia.staff;

import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.DECIDED_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.DECISION_DUE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.POSTPONED_ONCE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REPORT_DUE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.SUSPENSION_DECISION;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;

/**
 * The time limits of the Disciplinary Procedure (ACAS Code of Practice), set as each step is done:
 * the investigation report within 10 working days of the appointment, the decision within 2 of the
 * report, the hearing within 15 of the decision, an appeal within 5 of the outcome letter. Models call it
 * from task listeners, e.g. {@code ${staffCaseSteps.investigatorAppointed(task)}}.
 */
@Component("staffCaseSteps")
public class StaffCaseSteps {

  public static final String SUSPEND = "SUSPEND";
  public static final String POSTPONED = "POSTPONED";
  static final int REPORT_WORKING_DAYS = 10;
  static final int DECISION_WORKING_DAYS = 2;
  static final int HEARING_WORKING_DAYS = 15;
  static final int APPEAL_WORKING_DAYS = 5;

  private final WorkingDays workingDays;

  public StaffCaseSteps(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  public void suspensionConsidered(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    staff.suspended(SUSPEND.equals(staff.text(SUSPENSION_DECISION)));
  }

  public void investigatorAppointed(DelegateTask task) {
    StaffCaseVariables.of(task.getExecution()).date(REPORT_DUE, workingDays.fromNow(REPORT_WORKING_DAYS));
  }

  public void reportReceived(DelegateTask task) {
    StaffCaseVariables.of(task.getExecution()).date(DECISION_DUE, workingDays.fromNow(DECISION_WORKING_DAYS));
  }

  /** The decision, and the latest day a hearing may be held if it goes to one. */
  public void caseDecided(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    LocalDate today = workingDays.today();
    staff.text(DECIDED_ON, today.toString());
    staff.text(HEARING_LATEST, workingDays.plus(today, HEARING_WORKING_DAYS).toString());
  }

  /** A postponement moves the hearing (once). */
  public void hearingRecorded(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    if (POSTPONED.equals(staff.text(HEARING_RESULT))) {
      staff.flag(POSTPONED_ONCE, true);
      staff.text(HEARING_DATE, staff.text(NEW_HEARING_DATE));
    }
  }

  /**
   * The outcome letter, not the hearing, opens the appeal window (ACAS Code of Practice on disciplinary
   * and grievance procedures 2015, "Inform the employee of the decision" and "Provide employees with an
   * opportunity to appeal": the decision and the right of appeal are given in writing). It counts from
   * the day the letter is recorded sent, never before the letter's own date.
   */
  public void outcomeSent(DelegateTask task) {
    StaffCaseVariables.of(task.getExecution())
        .text(APPEAL_DEADLINE, workingDays.plus(workingDays.today(), APPEAL_WORKING_DAYS).toString());
  }
}
