package uk.shine.socialmedia.staff;

import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_WINDOW_CLOSES_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.DECIDED_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.DECISION_DUE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_HELD_BY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATED_BY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.IN_REFERENCES;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MISSED_HEARINGS;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.OUTCOME_STANDS_REASON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.POSTPONED_ONCE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_PERSONNEL_RECORD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REPORT_DUE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_RESIGNED;
import static uk.shine.socialmedia.staff.StaffCaseVariables.SUSPENSION_DECISION;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.engine.EngineUser;

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
  public static final String ADJOURNED = "ADJOURNED";
  public static final String NOT_ATTENDED = "NOT_ATTENDED";
  public static final String HELD_IN_ABSENCE = "HELD_IN_ABSENCE";
  /** Results after which the hearing has a new date and a new notice. */
  static final Set<String> REARRANGED = Set.of(ADJOURNED, NOT_ATTENDED);
  static final Set<String> HELD = Set.of("HELD", HELD_IN_ABSENCE);
  static final String NO_APPEAL_LODGED = "No appeal was lodged within the appeal window: the outcome stands.";
  static final int REPORT_WORKING_DAYS = 10;
  static final int DECISION_WORKING_DAYS = 2;
  static final int HEARING_WORKING_DAYS = 15;
  static final int APPEAL_WORKING_DAYS = 5;

  private final WorkingDays workingDays;
  private final int appealRecordingGrace;

  public StaffCaseSteps(WorkingDays workingDays,
      @Value("${socialmedia.staff.appeal-recording-grace-working-days:2}") int appealRecordingGrace) {
    this.workingDays = workingDays;
    this.appealRecordingGrace = appealRecordingGrace;
  }

  public void suspensionConsidered(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    staff.suspended(SUSPEND.equals(staff.text(SUSPENSION_DECISION)));
  }

  public void investigatorAppointed(DelegateTask task) {
    StaffCaseVariables.of(task.getExecution()).date(REPORT_DUE, workingDays.fromNow(REPORT_WORKING_DAYS));
  }

  /** The report, and who completed the investigation (the engine's record, so no later step can be theirs). */
  public void reportReceived(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    staff.date(DECISION_DUE, workingDays.fromNow(DECISION_WORKING_DAYS));
    staff.text(INVESTIGATED_BY, completer(task));
  }

  /** The decision, and the latest day a hearing may be held if it goes to one. */
  public void caseDecided(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    LocalDate today = workingDays.today();
    staff.text(DECIDED_ON, today.toString());
    staff.text(HEARING_LATEST, workingDays.plus(today, HEARING_WORKING_DAYS).toString());
  }

  /**
   * A postponement moves the hearing (once); an adjournment or a failure to attend moves it to a new date
   * with a new notice (the failures are counted: after the second, it may be held in their absence); a hearing
   * held records who held it.
   */
  public void hearingRecorded(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    String result = staff.text(HEARING_RESULT);
    if (POSTPONED.equals(result)) {
      staff.flag(POSTPONED_ONCE, true);
    }
    if (POSTPONED.equals(result) || REARRANGED.contains(result)) {
      staff.text(HEARING_DATE, staff.text(NEW_HEARING_DATE));
    }
    if (NOT_ATTENDED.equals(result)) {
      staff.count(MISSED_HEARINGS, staff.count(MISSED_HEARINGS) + 1);
    }
    if (HELD.contains(result)) {
      staff.text(HEARING_HELD_BY, completer(task));
    }
  }

  /**
   * The outcome letter, not the hearing, opens the appeal window (ACAS Code of Practice on disciplinary
   * and grievance procedures 2015, "Inform the employee of the decision" and "Provide employees with an
   * opportunity to appeal": the decision and the right of appeal are given in writing). It counts from
   * the day the letter is recorded sent, never before the letter's own date.
   */
  public void outcomeSent(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    LocalDate deadline = workingDays.plus(workingDays.today(), APPEAL_WORKING_DAYS);
    staff.text(APPEAL_DEADLINE, deadline.toString());
    // an appeal posted on the last day is recorded a little later; after that the case moves on by itself
    staff.date(APPEAL_WINDOW_CLOSES_AT, workingDays.endOf(workingDays.plus(deadline, appealRecordingGrace)));
  }

  /** No appeal was recorded by the time the window closed: the outcome stands (ACAS Code para 26), and why is kept. */
  public void noAppealLodged(DelegateExecution execution) {
    StaffCaseVariables staff = StaffCaseVariables.of(execution);
    staff.text(APPEAL_DECISION, "NO_APPEAL");
    staff.text(OUTCOME_STANDS_REASON, NO_APPEAL_LODGED);
  }

  /**
   * The member of staff resigned: the procedure has stopped, the suspension reviews end at their next check,
   * and the allegation outcome and referrals still follow (KCSIE Part 4: a resignation does not end an
   * allegation's handling; Safeguarding Vulnerable Groups Act 2006, s.35).
   */
  public void resigned(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    staff.flag(STAFF_RESIGNED, true);
    staff.suspended(false);
  }

  /**
   * The KCSIE outcome: when (for the governors' 1, 3 and 12 month targets), and whether it may ever be
   * mentioned in a reference (only when substantiated); a malicious allegation's removal from the personnel
   * record is checked by the form's rule.
   */
  public void allegationOutcomeRecorded(DelegateTask task) {
    StaffCaseVariables staff = StaffCaseVariables.of(task.getExecution());
    staff.date(ALLEGATION_OUTCOME_AT, EngineTime.now());
    staff.flag(IN_REFERENCES, "SUBSTANTIATED".equals(staff.text(ALLEGATION_OUTCOME)));
    if (staff.text(REMOVED_FROM_PERSONNEL_RECORD) == null) {
      staff.flag(REMOVED_FROM_PERSONNEL_RECORD, false);
    }
    for (String flag : new String[] {StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY, StaffCaseVariables.IS_TEACHER}) {
      if (staff.text(flag) == null) {
        staff.flag(flag, false);
      }
    }
  }

  /** Who is completing the task: the person the engine has authenticated, else the task's assignee. */
  private static String completer(DelegateTask task) {
    String user = EngineUser.inCommand();
    return user != null ? user : task.getAssignee();
  }
}
