package uk.shine.socialmedia.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

@CaseEngineTest
class StaffDisciplinaryProcessTest extends PathScenario {

  private static final Object[] STAFF = {"perpetratorType", "STAFF", "subjectUserId", "teacher2"};

  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcTemplate jdbc;
  @Autowired Rest rest;
  @Autowired HistoryService history;

  StaffDisciplinaryProcessTest() {
    super("staff-disciplinary", STAFF, CONFIRMED, List.of("headteacher"));
  }

  @Test
  void a_case_meeting_the_harm_threshold_goes_to_the_lado_before_anything_else() {
    EngineClock.setTo("2026-04-02T10:00");
    String staff = staffCase("perpetratorType", "STAFF", "subjectUserId", "teacher2", "occurredOn", "2026-04-01");

    cases.complete(staff, "screen-harm-threshold", "staffMemberName", "Sam Staff", "indicatesRiskToChildren", true,
        "screeningNotes", "Messages to a pupil late at night");

    Task lado = cases.task(staff, "consult-lado");
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("headteacher");
    assertThat(lado.getDueDate()).isEqualTo(EngineClock.london("2026-04-07T18:00"));
    assertThat(cases.hasTask(staff, "consider-suspension")).as("no approach before the LADO").isFalse();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    EngineClock.setTo("2026-04-07T18:01");
    cases.runJobs();
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl", "headteacher");
    assertThat(runtime.getVariable(staff, "ladoDeadlineMet")).isEqualTo(false);

    cases.complete(staff, "consult-lado", "ladoConsultedAt", PathWork.minutesAgo(1), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate; police not involved");
    assertThat(cases.hasTask(staff, "consider-suspension")).isTrue();
  }

  @Test
  void a_low_level_concern_goes_into_the_register_and_a_pattern_takes_it_to_the_lado() {
    String first = staffCase(STAFF);
    lowLevelConcern(first, "Sam Pattern");
    assertThat(runtime.getVariable(first, "previousLowLevelConcerns")).isEqualTo(0);
    cases.complete(first, "review-low-level-pattern", "patternDecision", "NO_PATTERN", "patternNotes", "First concern");
    assertThat(cases.ended(first)).isTrue();

    String second = staffCase(STAFF);
    lowLevelConcern(second, "sam  pattern");

    assertThat(runtime.getVariable(second, "previousLowLevelConcerns")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from low_level_concern where staff_user_id = 'teacher2'", Integer.class))
        .isGreaterThanOrEqualTo(2);
    cases.complete(second, "review-low-level-pattern", "patternDecision", "PATTERN",
        "patternNotes", "Second concern about boundaries with pupils in a term");
    assertThat(cases.hasTask(second, "consult-lado")).isTrue();
    assertThat(runtime.getVariable(second, "harmThreshold")).isEqualTo("MET");
  }

  @Test
  void a_suspension_is_reviewed_every_two_weeks_until_it_is_lifted() {
    String staff = staffCase(STAFF);
    breach(staff);
    cases.complete(staff, "consider-suspension", "suspensionAlternatives", "Another site considered: not workable",
        "suspensionDecision", "SUSPEND", "suspendedFrom", PathWork.today(), "suspensionReasons", "Witnesses at school");

    EngineClock.forward(Duration.ofDays(13));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "review-suspension")).isFalse();
    EngineClock.forward(Duration.ofDays(2));
    cases.runJobs();
    cases.complete(staff, "review-suspension", "suspensionDecision", "SUSPEND", "suspensionReviewNotes", "Still needed");

    EngineClock.forward(Duration.ofDays(15));
    cases.runJobs();
    cases.complete(staff, "review-suspension", "suspensionDecision", "LIFT", "suspensionReviewNotes", "Interviews done");

    EngineClock.forward(Duration.ofDays(30));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "review-suspension")).isFalse();
    assertThat(runtime.getVariable(staff, "suspended")).isEqualTo(false);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).as("the case goes on beside the reviews").isTrue();
  }

  @Test
  void the_investigating_officer_cannot_be_the_person_who_hears_the_case() {
    String staff = staffCase(STAFF);
    breach(staff);
    complete(staff, "consider-suspension");

    assertThatThrownBy(() -> cases.complete(staff, "appoint-investigating-officer", "investigatingOfficer", "Helen Hearing",
        "hearingManager", " helen  hearing ", "investigationTerms", "The post")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearingManager");
    complete(staff, "appoint-investigating-officer");
    Task investigation = cases.task(staff, "investigate-allegation");
    assertThat(investigation.getDueDate()).isEqualTo(workingDays.fromNow(10));
    assertThat(cases.candidateGroups(investigation.getId())).containsExactly("headteacher", "slt");
  }

  @Test
  void a_hearing_is_held_within_fifteen_working_days_and_postponed_once_by_at_most_five() {
    String staff = toDecision(staffCase(STAFF), "FORMAL_HEARING");
    String latest = (String) runtime.getVariable(staff, "hearingLatestDate");
    assertThat(latest).isEqualTo(workingDays.plus(workingDays.today(), 15).toString());

    assertThatThrownBy(() -> arrangeHearing(staff, LocalDate.parse(latest).plusDays(1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("hearingDate");
    String planned = workingDays.plus(workingDays.today(), 10).toString();
    arrangeHearing(staff, planned);
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());

    String tooLate = workingDays.plus(LocalDate.parse(planned), 6).toString();
    assertThatThrownBy(() -> postpone(staff, tooLate)).isInstanceOf(RefusedInput.class).hasMessageContaining("newHearingDate");
    String newDate = workingDays.plus(LocalDate.parse(planned), 5).toString();
    postpone(staff, newDate);
    assertThat(runtime.getVariable(staff, "hearingDate")).isEqualTo(newDate);
    assertThat(cases.task(staff, "hold-hearing").getDueDate()).isEqualTo(workingDays.endOf(LocalDate.parse(newDate)));

    assertThatThrownBy(() -> postpone(staff, workingDays.plus(LocalDate.parse(newDate), 1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("postponed once already");
    holdHearing(staff, "FINAL_WRITTEN_WARNING");
    assertThat(cases.hasTask(staff, "send-outcome-letter")).isTrue();
  }

  @Test
  void an_appeal_in_time_is_heard_by_someone_new_and_an_allegation_ends_with_its_kcsie_outcome_and_referrals() {
    String staff = staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", "staffMemberName", "Sam Staff", "mayHaveHarmedChild", true,
        "screeningNotes", "Physical harm alleged");
    cases.complete(staff, "consult-lado", "ladoConsultedAt", PathWork.minutesAgo(5), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate");
    throughInvestigation(staff, "FORMAL_HEARING");
    arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    holdHearing(staff, "DISMISSAL");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
    String deadline = (String) runtime.getVariable(staff, "appealDeadline");
    assertThat(deadline).isEqualTo(workingDays.plus(workingDays.today(), 5).toString());

    assertThatThrownBy(() -> cases.complete(staff, "record-appeal", "appealDecision", "APPEALED",
        "appealReceivedOn", LocalDate.parse(deadline).plusDays(1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("out of time");
    cases.complete(staff, "record-appeal", "appealDecision", "APPEALED", "appealReceivedOn", PathWork.today());
    assertThatThrownBy(() -> hearAppeal(staff, "Helen Hearing")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearing manager");
    assertThatThrownBy(() -> hearAppeal(staff, "Ian Vestigator")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("investigating officer");
    hearAppeal(staff, "Gill Governor");
    cases.complete(staff, "send-appeal-outcome-letter", "appealOutcomeSentOn", PathWork.today());

    cases.complete(staff, "record-allegation-outcome", "allegationOutcome", "SUBSTANTIATED",
        "removedFromRegulatedActivity", true, "isTeacher", true);
    cases.complete(staff, "refer-to-dbs", "dbsReferredOn", PathWork.today(), "dbsReference", "awaited");
    cases.complete(staff, "consider-tra-referral", "traDecision", "REFERRED", "traReferredOn", PathWork.today(),
        "traReasons", "Serious misconduct towards a pupil");
    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void a_malicious_allegation_needs_no_dbs_or_tra_referral() {
    String staff = staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", "staffMemberName", "Sam Staff", "mayHaveHarmedChild", true,
        "screeningNotes", "Alleged by an anonymous account");
    cases.complete(staff, "consult-lado", "ladoConsultedAt", PathWork.minutesAgo(5), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate");
    throughInvestigation(staff, "NO_CASE_TO_ANSWER");
    cases.complete(staff, "send-no-further-action-letter", "letterSentOn", PathWork.today());

    cases.complete(staff, "record-allegation-outcome", "allegationOutcome", "MALICIOUS",
        "removedFromRegulatedActivity", false, "isTeacher", false);

    assertThat(cases.ended(staff)).isTrue();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(staff).activityId("refer-to-dbs").count())
        .isZero();
  }

  @Test
  void hr_follows_staff_cases_in_cockpit_and_sees_nothing_of_pupil_cases() {
    String staff = staffCase(STAFF);
    var pupilCase = cases.reportAndRoute(Cases.report("perpetratorType", "PUPIL"));
    cases.triage(pupilCase.getId());
    String pupil = cases.path(pupilCase.getId(), "pupil-behaviour");

    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + staff).getBody()).hasSize(1);
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + staff + "/activity-instances").getBody())
        .contains("screen-harm-threshold", "Screen the allegation against the harm threshold");
    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + pupil).getBody()).isEmpty();
    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + pupilCase.getId()).getBody())
        .isEmpty();
  }

  @Test
  void no_appeal_and_no_allegation_about_children_closes_the_case_after_the_outcome() {
    String staff = toDecision(staffCase(STAFF), "FORMAL_HEARING");
    arrangeHearing(staff, workingDays.plus(workingDays.today(), 3).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    holdHearing(staff, "FIRST_WRITTEN_WARNING");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());

    cases.complete(staff, "record-appeal", "appealDecision", "NO_APPEAL");

    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void capability_is_support_and_reviews_and_only_unmet_targets_lead_to_a_hearing() {
    String staff = toDecision(staffCase(STAFF), "CAPABILITY");
    cases.complete(staff, "agree-capability-plan", "capabilityTargets", "Professional use of social media",
        "capabilitySupport", "Training and a mentor", "capabilityReviewOn", workingDays.plus(workingDays.today(), 20).toString());
    assertThat(cases.task(staff, "hold-capability-review").getDueDate())
        .isEqualTo(workingDays.endOf(workingDays.plus(workingDays.today(), 20)));

    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Some progress",
        "capabilityReview", "CONTINUE_SUPPORT", "capabilityReviewOn", workingDays.plus(workingDays.today(), 30).toString());
    cases.complete(staff, "hold-capability-review", "capabilityProgress", "Targets not met",
        "capabilityReview", "REFER_TO_HEARING");
    assertThat(cases.hasTask(staff, "invite-to-hearing")).isTrue();
  }

  @Test
  void capability_targets_met_close_the_case_without_a_sanction() {
    String staff = toDecision(staffCase(STAFF), "CAPABILITY");
    cases.complete(staff, "agree-capability-plan", "capabilityTargets", "Targets", "capabilitySupport", "Support",
        "capabilityReviewOn", PathWork.today());

    cases.complete(staff, "hold-capability-review", "capabilityProgress", "All met", "capabilityReview", "TARGETS_MET");

    assertThat(cases.ended(staff)).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isZero();
  }

  @Test
  void informal_action_is_recorded_and_closes_the_case() {
    String staff = toDecision(staffCase(STAFF), "INFORMAL_ACTION");

    cases.complete(staff, "record-informal-action", "informalAction", "Reminder of the code of conduct",
        "informalActionOn", PathWork.today());

    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void a_centrally_employed_member_of_staff_is_handled_by_hr_and_the_head_teacher_by_the_chair() {
    String central = staffCase("perpetratorType", "STAFF", "employedCentrally", true);
    assertThat(cases.candidateGroups(cases.task(central, "screen-harm-threshold").getId())).containsExactly("hr");

    String aboutHead = staffCase("perpetratorType", "STAFF", "subjectUserId", "head");
    assertThat(cases.candidateGroups(cases.task(aboutHead, "screen-harm-threshold").getId())).containsExactly("chair");
  }

  @Test
  void the_subject_never_sees_their_case_its_tasks_or_its_letters() {
    String staff = toDecision(staffCase(STAFF), "NO_CASE_TO_ANSWER");
    String letter = "/letters/" + staff + "/no-further-action";

    ResponseEntity<String> forHead = rest.get("head", letter);
    assertThat(forHead.getStatusCode().value()).isEqualTo(200);
    assertThat(forHead.getBody()).contains("Dear Sam Staff", "no case to answer", "Villiers Primary School");
    assertThat(forHead.getHeaders().getFirst("Content-Disposition"))
        .startsWith("inline; filename=\"no-further-action-SMC-");
    assertThat(rest.get("teacher2", letter).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.get("governor", letter).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.get(null, letter).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-outcome").getStatusCode().value()).isEqualTo(404);

    identity.setAuthentication("teacher2", List.of("staff", "slt"));
    try {
      assertThat(tasks.createTaskQuery().processInstanceId(staff).count()).isZero();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("slt", List.of("slt"));
    try {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(staff).count()).isEqualTo(1);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void letters_show_what_people_typed_as_text() {
    String staff = toDecision(staffCase(STAFF), "FORMAL_HEARING");
    cases.complete(staff, "invite-to-hearing", "hearingDate", workingDays.plus(workingDays.today(), 5).toString(),
        "hearingTime", "14:30", "hearingPlace", "Meeting room <b>2</b>",
        "allegationForLetter", "<script>alert('x')</script> posted about colleagues", "evidenceForLetter", "Screen prints");

    String letter = rest.get("head", "/letters/" + staff + "/hearing-invitation").getBody();

    assertThat(letter).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; posted about colleagues",
        "Meeting room &lt;b&gt;2&lt;/b&gt;", "right to be accompanied", "14:30").doesNotContain("<script>");
  }

  @Test
  void a_held_investigation_checks_the_police_position_again_each_day() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(STAFF));
    String staff = screenedWithCrimeSuspected(concern);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    // a clearance whose release message crossed the investigation's start: only the position changed
    runtime.setVariable(concern.getId(), "policeAskToWait", false);
    EngineClock.forward(Duration.ofHours(23));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    EngineClock.forward(Duration.ofHours(2));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();
  }

  @Test
  void a_held_investigation_keeps_waiting_while_the_police_position_is_unchanged() {
    String staff = screenedWithCrimeSuspected(cases.reportAndRoute(Cases.report(STAFF)));

    EngineClock.forward(Duration.ofDays(3));
    cases.runJobs();

    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();
    assertThat(runtime.createExecutionQuery().processInstanceId(staff).activityId("wait-for-police").count()).isEqualTo(1);
  }

  /** A staff case with a crime suspected, past screening and suspension: the investigation is next, if the police allow. */
  private String screenedWithCrimeSuspected(ProcessInstance concern) {
    cases.triage(concern.getId(), "criminalSuspicion", true);
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    complete(staff, "screen-harm-threshold");
    complete(staff, "consider-suspension");
    return staff;
  }

  private String staffCase(Object... report) {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(report));
    cases.triage(concern.getId());
    return cases.path(concern.getId(), "staff-disciplinary");
  }

  private void breach(String staff) {
    complete(staff, "screen-harm-threshold");
  }

  private void lowLevelConcern(String staff, String name) {
    cases.complete(staff, "screen-harm-threshold", "staffMemberName", name, "belowThreshold", "LOW_LEVEL",
        "lowLevelConcernSummary", "Gave a pupil a personal phone number", "screeningNotes", "Below the threshold");
  }

  private String toDecision(String staff, String decision) {
    breach(staff);
    complete(staff, "consider-suspension");
    throughInvestigation(staff, decision);
    return staff;
  }

  private void throughInvestigation(String staff, String decision) {
    if (cases.hasTask(staff, "consider-suspension")) {
      complete(staff, "consider-suspension");
    }
    complete(staff, "appoint-investigating-officer");
    complete(staff, "investigate-allegation");
    cases.complete(staff, "decide-on-case", "caseDecision", decision, "decisionReasons", "On the report");
  }

  private void arrangeHearing(String staff, String date) {
    cases.complete(staff, "invite-to-hearing", "hearingDate", date, "hearingTime", "10:00", "hearingPlace", "Office",
        "allegationForLetter", "Posted about colleagues", "evidenceForLetter", "Screen prints of 3 March");
  }

  private void postpone(String staff, String newDate) {
    cases.complete(staff, "hold-hearing", "hearingResult", "POSTPONED", "newHearingDate", newDate);
  }

  private void holdHearing(String staff, String outcome) {
    cases.complete(staff, "hold-hearing", "hearingResult", "HELD", "hearingOutcome", outcome,
        "outcomeReasons", "Found on the evidence");
  }

  private void hearAppeal(String staff, String appealManager) {
    cases.complete(staff, "hear-appeal", "appealManager", appealManager, "appealOutcome", "UPHELD",
        "appealReasons", "The decision was fair");
  }

  /** Completes a task with the answers of the plainest route. */
  private void complete(String staff, String taskKey) {
    cases.complete(staff, taskKey, PathWork.step("staff-disciplinary", taskKey).answers());
  }
}
