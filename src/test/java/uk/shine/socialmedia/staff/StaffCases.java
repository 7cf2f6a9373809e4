package uk.shine.socialmedia.staff;

import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.BELOW_THRESHOLD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CASE_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.CONCERN_FOR_REGISTER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PROCESS_KEY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/** Carrying a staff case to the part a test is about, the way the forms would. */
final class StaffCases {

  /** A report about a member of staff, the usual subject. */
  static final Object[] STAFF = {PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2"};

  private final Cases cases;
  private final HistoryService history;
  private final WorkingDays workingDays;

  StaffCases(Cases cases, HistoryService history, WorkingDays workingDays) {
    this.cases = cases;
    this.history = history;
    this.workingDays = workingDays;
  }

  /** A reported, triaged staff case: its screening is the first task. */
  String staffCase(Object... report) {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(report));
    cases.triage(concern.getId());
    return cases.path(concern.getId(), PROCESS_KEY);
  }

  /** A staff case with a crime suspected, past screening and suspension: the investigation is next, if the police allow. */
  String screenedWithCrimeSuspected(ProcessInstance concern) {
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);
    String staff = cases.path(concern.getId(), PROCESS_KEY);
    complete(staff, "screen-harm-threshold");
    complete(staff, "consider-suspension");
    return staff;
  }

  /** Screened as a conduct breach: below the harm threshold, no LADO. */
  void breach(String staff) {
    complete(staff, "screen-harm-threshold");
  }

  void lowLevelConcern(String staff, String name) {
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, name, BELOW_THRESHOLD, "LOW_LEVEL",
        CONCERN_FOR_REGISTER, "Gave a pupil a personal phone number", "screeningNotes", "Below the threshold");
  }

  /** A conduct breach carried through suspension and the investigation to this decision. */
  String toDecision(String staff, String decision) {
    breach(staff);
    complete(staff, "consider-suspension");
    throughInvestigation(staff, decision);
    return staff;
  }

  void throughInvestigation(String staff, String decision) {
    if (cases.hasTask(staff, "consider-suspension")) {
      complete(staff, "consider-suspension");
    }
    complete(staff, "appoint-investigating-officer");
    complete(staff, "investigate-allegation");
    if ("NO_CASE_TO_ANSWER".equals(decision)) {
      cases.complete(staff, "decide-on-case", CASE_DECISION, decision, "decisionReasons", "On the report");
    } else {
      // a case to answer names the policy's principles and sections that were broken
      cases.complete(staff, "decide-on-case", CASE_DECISION, decision, "decisionReasons", "On the report",
          "principleB", true, "sectionPersonalUse", true);
    }
  }

  void arrangeHearing(String staff, String date) {
    cases.complete(staff, "invite-to-hearing", HEARING_DATE, date, "hearingTime", "10:00", "hearingPlace", "Office",
        "allegationForLetter", "Posted about colleagues", "evidenceForLetter", "Screen prints of 3 March");
  }

  void postpone(String staff, String newDate) {
    cases.complete(staff, "hold-hearing", HEARING_RESULT, StaffCaseSteps.POSTPONED, NEW_HEARING_DATE, newDate);
  }

  void holdHearing(String staff, String outcome) {
    cases.complete(staff, "hold-hearing", HEARING_RESULT, "HELD", HEARING_OUTCOME, outcome,
        "outcomeReasons", "Found on the evidence");
  }

  /** A hearing five working days on (the notice period), its invitation, the hearing with this outcome and its letter: the appeal is next. */
  void throughHearing(String staff, String outcome) {
    arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    holdHearing(staff, outcome);
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
  }

  /** The answers of an appeal received on this day, its meeting at the earliest the notice period allows. */
  Object[] appealReceived(String receivedOn) {
    return new Object[] {StaffCaseVariables.APPEAL_DECISION, "APPEALED", StaffCaseVariables.APPEAL_RECEIVED_ON, receivedOn,
        StaffCaseVariables.APPEAL_MEETING_DATE, workingDays.plus(workingDays.today(), 5).toString(),
        "appealMeetingTime", "16:00", "appealMeetingPlace", "The governors' room"};
  }

  /** An appeal received on this day, and its invitation sent: the appeal is to be heard. */
  void appeal(String staff, String receivedOn) {
    cases.complete(staff, "record-appeal", appealReceived(receivedOn));
    cases.complete(staff, "send-appeal-invitation", "appealInvitationSentOn", PathWork.today());
  }

  void hearAppeal(String staff, String appealManager) {
    cases.complete(staff, "hear-appeal", APPEAL_MANAGER, appealManager, "appealOutcome", "UPHELD",
        "appealReasons", "The decision was fair");
  }

  /** A formal hearing arranged 5 working days on and its invitation sent; the clock is then on that day, 09:00. */
  String atTheHearing() {
    String staff = toDecision(staffCase(STAFF), "FORMAL_HEARING");
    String planned = workingDays.plus(workingDays.today(), 5).toString();
    arrangeHearing(staff, planned);
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    EngineClock.setTo(planned + "T09:00");
    return staff;
  }

  /** A substantiated allegation about a teacher who no longer works with children: both referrals, the review. */
  void substantiatedAndReferred(String staff) {
    cases.complete(staff, "record-allegation-outcome", StaffCaseVariables.ALLEGATION_OUTCOME, "SUBSTANTIATED",
        StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY, true, StaffCaseVariables.IS_TEACHER, true);
    cases.complete(staff, "refer-to-dbs", "dbsReferredOn", PathWork.today(), "dbsReference", "awaited");
    cases.complete(staff, "consider-tra-referral", "traDecision", "REFERRED", "traReferredOn", PathWork.today(),
        "traReasons", "Serious misconduct towards a pupil");
    learningReview(staff);
  }

  /** The learning review at the end of a substantiated allegation. */
  void learningReview(String staff) {
    cases.complete(staff, "hold-learning-review", "learningReviewOn", PathWork.today(), "ladoInLearningReview", true,
        "learningReviewLessons", "Lone working with pupils online is now covered in the code of conduct");
  }

  /** Consults the LADO, who agrees the allegation is looked into and the member of staff may be told. */
  void consultLado(String staff) {
    cases.complete(staff, "consult-lado", StaffCaseVariables.LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName",
        "A. Officer", "ladoAdvice", "School to investigate", StaffCaseVariables.LADO_VIEW, "INVESTIGATE",
        StaffCaseVariables.TELL_ACCUSED, "TELL");
  }

  /** Screened as meeting the harm threshold, the LADO consulted: suspension is next. */
  String allegationOverTheThreshold(Object... report) {
    String staff = staffCase(report);
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff",
        StaffCaseVariables.MAY_HAVE_HARMED_CHILD, true, "screeningNotes", "Physical harm alleged");
    consultLado(staff);
    return staff;
  }

  /** Whether the case has been through this step (a task, event or gateway of the model). */
  boolean passed(String staff, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(staff).activityId(activityId).count() > 0;
  }

  /** Completes a task with the answers of the plainest route. */
  void complete(String staff, String taskKey) {
    cases.complete(staff, taskKey, PathWork.step(PROCESS_KEY, taskKey).answers());
  }

  /** The first step of the route for someone the school does not employ (tell whoever engages them). */
  static Object[] firstStepOutsideProcedure(boolean mayMeetHarmThreshold, Object... more) {
    Object[] base = {"staffMemberName", "Sam Supply", "mayMeetHarmThreshold", mayMeetHarmThreshold,
        "interimArrangement", "SAFEGUARDS", "firstStepsNotes", "Away from pupils while the facts are found"};
    Object[] all = new Object[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** The school's decision on someone it does not employ. */
  static java.util.Map<String, Object> decisionOutsideProcedure(String upheld, String futureWork) {
    return new java.util.HashMap<>(java.util.Map.of("factsFound", "Posted about a class on a public page",
        "allegationUpheld", upheld, "futureWork", futureWork, "decisionReasons", "On the facts found",
        "organisationToldOfOutcome", true));
  }
}
