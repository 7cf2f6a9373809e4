package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.Rest;

@CaseEngineTest
class PupilBehaviourProcessTest extends PathScenario {

  private static final Object[] PUPIL = {"perpetratorType", "PUPIL", VICTIM_TYPE, "PUPIL"};

  @Autowired RuntimeService runtime;
  @Autowired Rest rest;

  PupilBehaviourProcessTest() {
    super("pupil-behaviour", new Object[] {"perpetratorType", "PUPIL"}, CONFIRMED, List.of("slt"));
  }

  private PupilSteps steps;

  @BeforeEach
  void steps() {
    steps = new PupilSteps(cases, runtime);
  }

  private String investigated(String pupilReference, boolean childOnChild) {
    return steps.investigated(pupilReference, childOnChild);
  }

  private String suspended(String pupilReference, int days, String firstDay) {
    return steps.suspended(pupilReference, days, firstDay);
  }

  @Test
  void a_second_suspension_that_takes_the_pupil_over_15_school_days_in_a_term_goes_to_the_governors() {
    EngineClock.setTo("2026-01-12T09:00");
    String first = suspended("S1001", 10, "2026-01-12");
    assertThat(cases.hasTask(first, "record-governors-decision")).as("10 days: no reinstatement meeting needed").isFalse();
    assertThat(cases.hasTask(first, "record-parents-representations")).as("only if the parents ask").isTrue();

    EngineClock.setTo("2026-02-09T09:00");
    String second = suspended("s1001", 6, "2026-02-09");

    assertThat(runtime.getVariable(second, "suspendedDaysThisTerm")).isEqualTo(16);
    var governors = cases.task(second, "record-governors-decision");
    assertThat(cases.candidateGroups(governors.getId())).containsExactly("headteacher");
    // 15 school days: the February half term does not count, so not 2 March but 9 March
    assertThat(governors.getDueDate()).isEqualTo(PupilSteps.endOfSchoolDay("2026-03-09"));
  }

  @Test
  void only_the_head_teacher_decides_the_sanction_and_a_senior_leader_cannot_complete_it_over_rest() {
    EngineClock.setTo("2026-02-09T09:00");
    String pupil = investigated("S1007", false);
    String taskId = cases.task(pupil, "decide-sanction").getId();
    assertThat(cases.candidateGroups(taskId)).containsExactly("headteacher");
    String complete = "/engine-rest/task/" + taskId + "/complete";
    Map<String, Object> suspension = Map.of("variables", Rest.typed(Map.of(PupilVariables.SANCTION, "SUSPENSION",
        PupilVariables.SUSPENSION_DAYS, Map.of("value", 2, "type", "Integer"), PupilVariables.SUSPENSION_STARTS, "2026-02-10",
        "sanctionReasons", "Serious breach of the behaviour policy")));

    ResponseEntity<String> bySeniorLeader = rest.post("slt", complete, suspension);

    assertThat(bySeniorLeader.getStatusCode().value()).isIn(403, 404);
    assertThat(cases.hasTask(pupil, "decide-sanction")).as("still open").isTrue();
    assertThat(runtime.getVariable(pupil, PupilVariables.SANCTION)).isNull();

    ResponseEntity<String> byHeadTeacher = rest.post("head", complete, suspension);
    assertThat(byHeadTeacher.getStatusCode()).as(byHeadTeacher.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(cases.hasTask(pupil, "decide-sanction")).isFalse();
  }

  @Test
  void suspensions_in_another_term_do_not_add_up() {
    EngineClock.setTo("2026-01-12T09:00");
    suspended("S1002", 10, "2026-01-12");
    EngineClock.setTo("2026-04-20T09:00");
    String summer = suspended("S1002", 10, "2026-04-20");

    assertThat(cases.historicVariable(summer, "suspendedDaysThisTerm")).isEqualTo(10);
    assertThat(runtime.getVariable(summer, PupilVariables.BOARD_REVIEW)).as("not over 15 days in the summer term")
        .isEqualTo("ON_REPRESENTATIONS");
    assertThat(cases.hasTask(summer, "record-governors-decision")).isFalse();
  }

  @Test
  void a_suspension_must_start_on_a_school_day() {
    EngineClock.setTo("2026-02-09T09:00");
    String pupil = investigated("S1003", false);

    assertThatThrownBy(() -> cases.complete(pupil, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 2,
        "suspensionStarts", "2026-02-17", "sanctionReasons", "Fighting"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("must be a school day");
    assertThatThrownBy(() -> cases.complete(pupil, "decide-sanction", "sanction", "SUSPENSION",
        "sanctionReasons", "Fighting"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("suspensionDays");
  }

  @Test
  void a_permanent_exclusion_always_goes_to_the_governors_and_the_review_panel_route_is_recorded() {
    EngineClock.setTo("2026-03-02T09:00");
    String pupil = investigated("S1004", false);
    cases.complete(pupil, "decide-sanction", "sanction", "PERMANENT_EXCLUSION", "sanctionReasons", "Persistent serious breaches");
    assertThatThrownBy(() -> cases.complete(pupil, "inform-parents-of-sanction", "parentsWrittenToOn", today()))
        .as("the local authority is told of an exclusion").isInstanceOf(RefusedInput.class)
        .hasMessageContaining("localAuthorityInformedOn");
    assertThatThrownBy(() -> cases.complete(pupil, "inform-parents-of-sanction", "parentsWrittenToOn", today(),
        "localAuthorityInformedOn", today(), "letterGaveReasonLengthAndRights", true))
        .as("the governing board is told of an exclusion without delay").isInstanceOf(RefusedInput.class)
        .hasMessageContaining("governingBoardToldOn");
    assertThatThrownBy(() -> cases.complete(pupil, "inform-parents-of-sanction", "parentsWrittenToOn", today(),
        "localAuthorityInformedOn", today(), "governingBoardToldOn", today()))
        .as("the letter gives the reason, the length and the right to make representations")
        .isInstanceOf(RefusedInput.class).hasMessageContaining("letterGaveReasonLengthAndRights");
    assertThat(rest.get("head", "/letters/" + pupil + "/sanction-notice").getBody()).contains(
        "exclude your child from school permanently", "Persistent serious breaches",
        "From the sixth school day the local authority will provide suitable full-time education",
        "must meet to consider whether your child should be reinstated, no later than 23 March 2026");
    steps.parentsTold(pupil);
    assertThat(cases.hasTask(pupil, "arrange-sixth-day-education")).as("the local authority arranges it after an exclusion")
        .isFalse();
    assertThat(cases.candidateGroups(cases.task(pupil, "record-governors-decision").getId())).containsExactly("headteacher");
    assertThat(cases.task(pupil, "record-governors-decision").getDueDate()).as("15 school days from 2 March")
        .isEqualTo(PupilSteps.endOfSchoolDay("2026-03-23"));

    Object[] decision = {"governorsMetOn", today(), "governorsDecision", "UPHELD", "parentsToldOfDecisionOn", today(),
        "reviewPanel", "NOT_YET_KNOWN"};
    assertThatThrownBy(() -> cases.complete(pupil, "record-governors-decision", decision))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("reviewPanelRightExplained");
    cases.complete(pupil, "record-governors-decision", "governorsMetOn", today(), "governorsDecision", "UPHELD",
        "parentsToldOfDecisionOn", today(), "reviewPanel", "REQUESTED", "reviewPanelRightExplained", true);

    assertThat(cases.ended(pupil)).isTrue();
    assertThat(cases.historicVariable(pupil, "reviewPanel")).isEqualTo("REQUESTED");
  }

  @Test
  void child_on_child_abuse_is_discussed_with_the_dsl_before_the_sanction() {
    String pupil = investigated("S1005", true);

    assertThat(cases.hasTask(pupil, "decide-sanction")).isFalse();
    assertThat(cases.candidateGroups(cases.task(pupil, "consult-dsl-on-pupil-behaviour").getId())).containsExactly("dsl");
    cases.complete(pupil, "consult-dsl-on-pupil-behaviour", "dslConsultedOn", today(), "dslAdvice", "Bullying; monitor, no referral");
    assertThat(cases.hasTask(pupil, "decide-sanction")).isTrue();
  }

  @Test
  void no_sanction_needs_no_letter_and_ends_the_path() {
    String pupil = investigated("S1006", false);
    cases.complete(pupil, "decide-sanction", "sanction", "NONE", "sanctionReasons", "Not the pupil's post");

    assertThat(cases.ended(pupil)).isTrue();
  }

  @Test
  void a_pupil_victim_is_supported_at_once_without_waiting_for_the_investigation() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PUPIL));
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");

    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).as("held for the police").isFalse();
    assertThat(cases.candidateGroups(cases.task(pupil, "support-pupil-victim").getId())).containsExactly("slt");
    cases.complete(pupil, "support-pupil-victim", "victimSupport", "Daily check-in with the class teacher");
    assertThat(cases.ended(pupil)).isFalse();
  }

  @Test
  void the_investigation_waits_while_the_police_ask_and_starts_when_they_clear_it() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PUPIL));
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    String police = cases.path(concern.getId(), "police-liaison");

    cases.complete(police, "refer-to-police", "referredBy", "H. Teacher", "referredAt", minutesAgo(30),
        "policeOfficer", "DC Jones", "crimeReference", "CR/8/26", "policeAskToWait", true);
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isFalse();

    cases.complete(police, "review-police-hold", "crimeReference", "CR/8/26", "policeAskToWait", false,
        "policeReviewNotes", "Cleared to go ahead");

    assertThat(cases.candidateGroups(cases.task(pupil, "investigate-pupil-behaviour").getId())).containsExactly("slt");
  }

  @Test
  void until_the_police_have_been_asked_the_investigation_waits_and_checks_again_each_day() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PUPIL));
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");

    EngineClock.forward(Duration.ofDays(2));
    cases.runJobs();
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isFalse();

    runtime.setVariable(concern.getId(), "policeAskToWait", false);
    EngineClock.forward(Duration.ofDays(1));
    cases.runJobs();
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isTrue();
  }
}
