package uk.shine.socialmedia.staff;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code staff-disciplinary} path, by name and type. */
public final class StaffCaseVariables {

  public static final String PROCESS_KEY = "staff-disciplinary";

  /** The link a form gives to this path's letters: {@code /letters/{staffCaseId}/...}. */
  public static final String STAFF_CASE_ID = "staffCaseId";
  public static final String STAFF_MEMBER_NAME = "staffMemberName";
  public static final String OPENED_AT = "staffCaseOpenedAt";

  // the harm-threshold screen (KCSIE Part 4)
  public static final String MAY_HAVE_HARMED_CHILD = "mayHaveHarmedChild";
  public static final String POSSIBLE_OFFENCE_AGAINST_CHILD = "possibleOffenceAgainstChild";
  public static final String INDICATES_RISK_TO_CHILDREN = "indicatesRiskToChildren";
  public static final String MAY_BE_UNSUITABLE = "mayBeUnsuitableToWorkWithChildren";
  public static final List<String> HARM_TEST = List.of(MAY_HAVE_HARMED_CHILD, POSSIBLE_OFFENCE_AGAINST_CHILD,
      INDICATES_RISK_TO_CHILDREN, MAY_BE_UNSUITABLE);
  public static final String BELOW_THRESHOLD = "belowThreshold";
  public static final String HARM_THRESHOLD = "harmThreshold";
  public static final String CONCERN_FOR_REGISTER = "lowLevelConcernSummary";
  public static final String PREVIOUS_LOW_LEVEL_CONCERNS = "previousLowLevelConcerns";
  public static final String PATTERN_DECISION = "patternDecision";
  public static final String LADO_DUE = "ladoDue";
  public static final String LADO_CONSULTED_AT = "ladoConsultedAt";
  public static final String LADO_DEADLINE_MET = "ladoDeadlineMet";
  /** The LADO's view at the consultation: {@code INVESTIGATE}, or {@code CLEARLY_UNFOUNDED} (unfounded or malicious). */
  public static final String LADO_VIEW = "ladoView";
  /** {@code TELL}, or {@code NOT_YET} when the LADO or the police ask that the member of staff is not told yet. */
  public static final String TELL_ACCUSED = "tellAccused";

  // someone the school does not employ (intake.SubjectRelationship other than EMPLOYEE)
  public static final String MAY_MEET_HARM_THRESHOLD = "mayMeetHarmThreshold";
  public static final String ORGANISATION_NAME = "organisationName";
  public static final String ALLEGATION_UPHELD = "allegationUpheld";
  public static final String UPHELD = "UPHELD";
  public static final String FUTURE_WORK = "futureWork";

  // suspension
  public static final String SUSPENSION_DECISION = "suspensionDecision";
  public static final String SUSPENDED = "suspended";

  // investigation and decision
  public static final String INVESTIGATING_OFFICER = "investigatingOfficer";
  public static final String HEARING_MANAGER = "hearingManager";
  public static final String REPORT_DUE = "investigationReportDue";
  public static final String DECISION_DUE = "caseDecisionDue";
  public static final String CASE_DECISION = "caseDecision";
  public static final String DECIDED_ON = "caseDecidedOn";
  /** Who completed the investigation, the hearing (user ids, from the engine's authentication, never from a form). */
  public static final String INVESTIGATED_BY = "investigatedBy";
  public static final String HEARING_HELD_BY = "hearingHeldBy";

  // hearing and appeal
  public static final String HEARING_DATE = "hearingDate";
  public static final String HEARING_LATEST = "hearingLatestDate";
  /** Why a hearing is arranged after its latest date (the miss itself is kept by deadlines.MissedDeadlines). */
  public static final String HEARING_LATE_REASON = "hearingLateReason";
  public static final String HEARING_RESULT = "hearingResult";
  public static final String POSTPONEMENT_REASON = "postponementReason";
  public static final String NEW_HEARING_DATE = "newHearingDate";
  public static final String POSTPONED_ONCE = "hearingPostponed";
  /** ILLNESS or NEW_EVIDENCE, when the hearing is adjourned. */
  public static final String ADJOURNMENT_REASON = "adjournmentReason";
  /** How many times the member of staff failed to attend their hearing. */
  public static final String MISSED_HEARINGS = "missedHearings";
  public static final String HEARING_OUTCOME = "hearingOutcome";
  public static final String APPEAL_DEADLINE = "appealDeadline";
  public static final String APPEAL_RECEIVED_ON = "appealReceivedOn";
  public static final String APPEAL_DECISION = "appealDecision";
  public static final String APPEAL_MANAGER = "appealManager";
  public static final String APPEAL_MEETING_DATE = "appealMeetingDate";
  /** When the case moves on with the outcome standing if no appeal has been recorded (a little after the window). */
  public static final String APPEAL_WINDOW_CLOSES_AT = "appealWindowClosesAt";
  public static final String OUTCOME_STANDS_REASON = "outcomeStandsReason";

  // resignation
  public static final String STAFF_RESIGNED = "staffResigned";

  // capability
  public static final String CAPABILITY_REVIEW = "capabilityReview";
  public static final String CAPABILITY_REVIEW_ON = "capabilityReviewOn";

  // the KCSIE outcome and referrals
  public static final String ALLEGATION_OUTCOME = "allegationOutcome";
  public static final String REMOVED_FROM_REGULATED_ACTIVITY = "removedFromRegulatedActivity";
  public static final String IS_TEACHER = "isTeacher";
  public static final String ALLEGATION_OUTCOME_AT = "allegationOutcomeAt";
  /** A malicious allegation is taken off the personnel record (KCSIE Part 4); the form records that it was. */
  public static final String REMOVED_FROM_PERSONNEL_RECORD = "removedFromPersonnelRecord";
  /** Only a substantiated allegation may be mentioned in a reference (KCSIE Part 4). */
  public static final String IN_REFERENCES = "outcomeInReferences";

  private final VariableScope scope;

  private StaffCaseVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static StaffCaseVariables of(VariableScope scope) {
    return new StaffCaseVariables(scope);
  }

  public boolean meetsHarmTest() {
    return HARM_TEST.stream().anyMatch(name -> Boolean.TRUE.equals(scope.getVariable(name)));
  }

  public boolean mayMeetHarmThreshold() {
    return Boolean.TRUE.equals(scope.getVariable(MAY_MEET_HARM_THRESHOLD));
  }

  public String belowThreshold() {
    return text(BELOW_THRESHOLD);
  }

  public void harmThreshold(HarmThreshold threshold) {
    scope.setVariable(HARM_THRESHOLD, threshold.name());
  }

  public HarmThreshold harmThreshold() {
    return HarmThreshold.valueOf(text(HARM_THRESHOLD));
  }

  public void opened(String staffCaseId, Date at) {
    scope.setVariable(STAFF_CASE_ID, staffCaseId);
    scope.setVariable(OPENED_AT, at);
  }

  public Date openedAt() {
    return (Date) scope.getVariable(OPENED_AT);
  }

  public void ladoDue(Date due) {
    scope.setVariable(LADO_DUE, due);
  }

  public Date ladoDue() {
    return (Date) scope.getVariable(LADO_DUE);
  }

  public void ladoDeadlineMet(boolean met) {
    scope.setVariable(LADO_DEADLINE_MET, met);
  }

  public void previousLowLevelConcerns(int count) {
    scope.setVariable(PREVIOUS_LOW_LEVEL_CONCERNS, count);
  }

  public void suspended(boolean suspended) {
    scope.setVariable(SUSPENDED, suspended);
  }

  public void date(String name, Date value) {
    scope.setVariable(name, value);
  }

  public void flag(String name, boolean value) {
    scope.setVariable(name, value);
  }

  public void count(String name, int value) {
    scope.setVariable(name, value);
  }

  public int count(String name) {
    return scope.getVariable(name) instanceof Number number ? number.intValue() : 0;
  }

  public void text(String name, String value) {
    scope.setVariable(name, value);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
