package uk.shine.socialmedia.pupils;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code pupil-behaviour} path, by name and type. */
public final class PupilVariables {

  public static final String PROCESS_KEY = "pupil-behaviour";
  /** The link a form gives to the parents' letter: {@code /letters/{pupilPathId}/sanction-notice}. */
  public static final String PUPIL_PATH_ID = "pupilPathId";

  /** The school's own reference for the pupil (admission number or UPN), never a name. */
  public static final String PUPIL_REFERENCE = "pupilReference";
  public static final String PUPIL_REFERENCE_PATTERN = "^[A-Za-z0-9/-]{1,20}$";
  public static final String CHILD_ON_CHILD_ABUSE = "childOnChildAbuse";
  public static final String SANCTION = "sanction";
  public static final String SUSPENSION_DAYS = "suspensionDays";
  public static final String SUSPENSION_STARTS = "suspensionStarts";
  /** School days the pupil has been suspended in this term, this suspension included. */
  public static final String SUSPENDED_DAYS_THIS_TERM = "suspendedDaysThisTerm";
  /** The suspension or exclusion would make the pupil miss a public examination or national curriculum test. */
  public static final String MISSES_PUBLIC_EXAM = "missesPublicExam";
  public static final String GOVERNORS_MUST_CONSIDER = "governorsMustConsider";
  public static final String GOVERNORS_DUE = "governorsDue";
  /** What the governing board must do: {@link BoardReview}. */
  public static final String BOARD_REVIEW = "boardReview";
  /** The board may direct reinstatement (false for 5 school days or fewer in the term: it may only note its view). */
  public static final String BOARD_MAY_REINSTATE = "boardMayReinstate";
  /** The head teacher tells the governing board without delay (else in the termly report). */
  public static final String BOARD_TOLD_WITHOUT_DELAY = "boardToldWithoutDelay";
  /** The latest date (yyyy-MM-dd) for telling the local authority and the board "without delay". */
  public static final String NOTICE_LATEST = "noticeLatest";
  public static final String LOCAL_AUTHORITY_INFORMED_ON = "localAuthorityInformedOn";
  public static final String GOVERNING_BOARD_TOLD_ON = "governingBoardToldOn";
  /** When the parents' time to make representations ends; the case then moves on without them. */
  public static final String REPRESENTATIONS_UNTIL = "representationsUntil";
  /**
   * The waiting task's due date: an hour after the timer that ends it, so the deadline check never counts a
   * wait the model ends on time as missed, but does flag a timer that did not run.
   */
  public static final String REPRESENTATIONS_TASK_DUE = "representationsTaskDue";
  public static final String PARENTS_REPRESENTATIONS = "parentsRepresentations";
  /** Why the board's part ended without a meeting, in words (e.g. no representations in time). */
  public static final String BOARD_REVIEW_OUTCOME = "boardReviewOutcome";
  public static final String GOVERNORS_DECISION = "governorsDecision";
  /** A suspension of more than 5 school days: suitable full-time education from its sixth school day. */
  public static final String EDUCATION_FROM_SIXTH_DAY = "educationFromSixthDay";
  public static final String SIXTH_SCHOOL_DAY = "sixthSchoolDay";
  public static final String EDUCATION_DUE = "educationDue";

  /** Over this many school days of suspension in a term, the governors must consider reinstatement. */
  public static final int GOVERNORS_THRESHOLD_DAYS = 15;
  /** The governors meet within this many school days. */
  public static final int GOVERNORS_WITHIN_DAYS = 15;
  /** Over this many school days in a term, the board is told without delay and may reinstate on representations. */
  public static final int BOARD_TOLD_OVER_DAYS = 5;
  /** On representations for 6 to 15 school days in a term, the board meets within this many school days. */
  public static final int REPRESENTATIONS_REVIEW_WITHIN_DAYS = 50;
  /** A suspension of more than this many school days: suitable full-time education from the next school day. */
  public static final int EDUCATION_AFTER_DAYS = 5;
  /** At most this many school days of suspension in one school year. */
  public static final int MOST_SUSPENDED_DAYS_IN_A_YEAR = 45;

  private final VariableScope scope;

  private PupilVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static PupilVariables of(VariableScope scope) {
    return new PupilVariables(scope);
  }

  public String pupilReference() {
    return String.valueOf(scope.getVariable(PUPIL_REFERENCE)).trim().toUpperCase();
  }

  public Sanction sanction() {
    return Sanction.valueOf((String) scope.getVariable(SANCTION));
  }

  public int suspensionDays() {
    return ((Number) scope.getVariable(SUSPENSION_DAYS)).intValue();
  }

  public LocalDate suspensionStarts() {
    return LocalDate.parse((String) scope.getVariable(SUSPENSION_STARTS));
  }

  public boolean missesPublicExam() {
    return Boolean.TRUE.equals(scope.getVariable(MISSES_PUBLIC_EXAM));
  }

  public void suspendedDaysThisTerm(int days) {
    scope.setVariable(SUSPENDED_DAYS_THIS_TERM, days);
  }

  public void governorsMustConsider(boolean must, Date due) {
    scope.setVariable(GOVERNORS_MUST_CONSIDER, must);
    if (due != null) {
      scope.setVariable(GOVERNORS_DUE, due);
    }
  }

  public void set(String name, Object value) {
    scope.setVariable(name, value);
  }

  public void defaultFlag(String name) {
    if (scope.getVariable(name) == null) {
      scope.setVariable(name, false);
    }
  }
}
