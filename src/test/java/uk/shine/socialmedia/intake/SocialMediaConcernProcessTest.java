package uk.shine.socialmedia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_MANAGER_GROUP;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.INDECENT_IMAGERY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.OUTCOME_CATEGORY;
import static uk.shine.socialmedia.intake.ConcernVariables.OUTCOME_NOTES;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.THREAT_OF_HARM;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;

@CaseEngineTest
class SocialMediaConcernProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired Cases cases;

  @BeforeEach
  void assertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void a_report_gets_a_case_reference_and_waits_for_the_head_teacher_to_triage_it() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThat(concern).isWaitingAt("triage");
    assertThat(concern.getBusinessKey()).matches("SMC-[A-Z]{3}-\\d{6}-[0-9A-Z]{5}");
    assertThat(runtime.getVariable(concern.getId(), CASE_REFERENCE)).isEqualTo(concern.getBusinessKey());
    assertThat(candidateGroups(concern.getId(), "triage")).containsExactly("headteacher");
    assertThat(cases.pathsOf(concern.getId())).isEmpty();
  }

  @Test
  void a_centrally_employed_member_of_staff_is_triaged_by_hr() {
    ProcessInstance concern = cases.reportAndRoute(report(PERPETRATOR_TYPE, "STAFF", EMPLOYED_CENTRALLY, true));

    assertThat(candidateGroups(concern.getId(), "triage")).containsExactly("hr");
  }

  @Test
  void triage_of_an_imagery_case_must_flag_the_crime_so_that_police_liaison_holds_internal_work() {
    ProcessInstance concern = cases.reportAndRoute(report(INDECENT_IMAGERY, true, VICTIM_TYPE, "PUPIL",
        PERPETRATOR_TYPE, "PUPIL"));

    assertThatThrownBy(() -> cases.triage(concern.getId())).isInstanceOf(RefusedInput.class)
        .hasMessageContaining(CRIMINAL_SUSPICION);
    cases.triage(concern.getId(), CRIMINAL_SUSPICION, true);

    assertThat(cases.pathsOf(concern.getId())).containsExactly("indecent-imagery", "police-liaison", "pupil-behaviour");
  }

  @Test
  void a_report_about_the_head_teacher_is_triaged_by_the_chair_of_governors() {
    ProcessInstance concern = cases.reportAndRoute(report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "head"));

    assertThat(candidateGroups(concern.getId(), "triage")).containsExactly("chair");
  }

  @Test
  void indecent_imagery_starts_its_path_at_once_beside_triage() {
    ProcessInstance concern = cases.reportAndRoute(report(INDECENT_IMAGERY, true, VICTIM_TYPE, "PUPIL"));

    assertThat(cases.pathsOf(concern.getId())).containsExactly("indecent-imagery");
    assertThat(concern).isWaitingAt("triage", "handle-imagery");
    String imagery = cases.path(concern.getId(), "indecent-imagery");
    assertThat(candidateGroups(imagery, "secure-evidence")).containsExactly("dsl");
  }

  @Test
  void a_safeguarding_concern_starts_the_safeguarding_referral_at_once() {
    ProcessInstance concern = cases.reportAndRoute(report(SAFEGUARDING_CONCERN, true));

    assertThat(cases.pathsOf(concern.getId())).containsExactly("safeguarding-referral");
    assertThat(concern).isWaitingAt("triage", "refer-safeguarding");
  }

  @Test
  void a_threat_of_harm_to_a_pupil_counts_as_a_safeguarding_concern() {
    ProcessInstance concern = cases.reportAndRoute(report(THREAT_OF_HARM, true, VICTIM_TYPE, "PUPIL"));

    assertThat(cases.pathsOf(concern.getId())).containsExactly("safeguarding-referral");
    assertThat(runtime.getVariable(concern.getId(), SAFEGUARDING_CONCERN)).isEqualTo(true);
  }

  @Test
  void a_threat_to_a_member_of_staff_waits_for_triage() {
    ProcessInstance concern = cases.reportAndRoute(report(THREAT_OF_HARM, true, VICTIM_TYPE, "STAFF"));

    assertThat(cases.pathsOf(concern.getId())).isEmpty();
  }

  static Stream<Arguments> routingTable() {
    return Stream.of(
        Arguments.of("STAFF", "NONE", false, List.of("staff-disciplinary")),
        Arguments.of("PUPIL", "PUPIL", false, List.of("pupil-behaviour")),
        Arguments.of("PARENT", "SCHOOL", false, List.of("parent-conduct")),
        Arguments.of("PUBLIC", "PARENT", false, List.of("public-post-response")),
        Arguments.of("UNKNOWN", "NONE", false, List.of("public-post-response")),
        Arguments.of("PUBLIC", "STAFF", false, List.of("public-post-response", "victim-support")),
        Arguments.of("PARENT", "NONE", true, List.of("parent-conduct", "police-liaison")),
        Arguments.of("STAFF", "STAFF", true, List.of("police-liaison", "staff-disciplinary", "victim-support")));
  }

  @ParameterizedTest(name = "{0} perpetrator, {1} victim, crime suspected {2}: {3}")
  @MethodSource("routingTable")
  void triage_routes_the_case_to_the_paths_of_the_routing_table(String perpetrator, String victim,
      boolean crime, List<String> expectedPaths) {
    ProcessInstance concern = cases.reportAndRoute(report());

    cases.triage(concern.getId(), PERPETRATOR_TYPE, perpetrator, VICTIM_TYPE, victim, CRIMINAL_SUSPICION, crime);

    assertThat(cases.pathsOf(concern.getId())).containsExactlyElementsOf(expectedPaths);
    assertThat(concern).isWaitingAt("work-paths");
  }

  @Test
  void a_safeguarding_concern_found_at_triage_reaches_the_dsl_too() {
    ProcessInstance concern = cases.reportAndRoute(report(PERPETRATOR_TYPE, "PUPIL"));

    cases.triage(concern.getId(), SAFEGUARDING_CONCERN, true);

    assertThat(cases.pathsOf(concern.getId())).containsExactly("pupil-behaviour", "safeguarding-referral");
  }

  @Test
  void the_case_closes_with_the_recorded_outcome_when_every_path_has_ended() {
    ProcessInstance concern = cases.reportAndRoute(report(PERPETRATOR_TYPE, "PUPIL", SAFEGUARDING_CONCERN, true));
    cases.triage(concern.getId());
    PathWork.finish(cases, concern.getId(), "pupil-behaviour");
    assertThat(concern).isNotEnded();

    PathWork.finish(cases, concern.getId(), "safeguarding-referral");
    assertThat(concern).isWaitingAt("close-case");
    assertThat(candidateGroups(concern.getId(), "close-case")).containsExactly("headteacher");
    cases.complete(concern.getId(), "close-case", OUTCOME_CATEGORY, "ACTION_TAKEN", OUTCOME_NOTES, "Apology given");

    assertThat(cases.ended(concern.getId())).isTrue();
    assertThat(outcome(concern.getId())).isEqualTo("ACTION_TAKEN");
  }

  @Test
  void no_further_action_closes_the_case_with_its_reason() {
    ProcessInstance concern = cases.reportAndRoute(report());

    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Post was a joke between friends");

    assertThat(cases.ended(concern.getId())).isTrue();
    assertThat(cases.pathsOf(concern.getId())).isEmpty();
    assertThat(outcome(concern.getId())).isEqualTo("NO_FURTHER_ACTION");
  }

  @Test
  void no_further_action_still_waits_for_the_imagery_path() {
    ProcessInstance concern = cases.reportAndRoute(report(INDECENT_IMAGERY, true));
    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Handled by the police");
    assertThat(concern).isWaitingAt("handle-imagery");

    PathWork.finish(cases, concern.getId(), "indecent-imagery");
    // the imagery path's police call is a referral to the police: police liaison runs for the case too
    PathWork.finish(cases, concern.getId(), "police-liaison");

    assertThat(cases.ended(concern.getId())).isTrue();
  }

  @Test
  void no_further_action_needs_a_reason_and_the_triage_stays_open() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), NO_FURTHER_ACTION, true))
        .isInstanceOf(RefusedInput.class).hasMessageContaining(NO_FURTHER_ACTION_REASON);
    assertThat(concern).isWaitingAt("triage");
  }

  @Test
  void a_suspected_crime_cannot_be_closed_with_no_further_action() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), CRIMINAL_SUSPICION, true, NO_FURTHER_ACTION, true,
        NO_FURTHER_ACTION_REASON, "x"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining(NO_FURTHER_ACTION);
    assertThat(concern).isWaitingAt("triage");
  }

  @Test
  void a_new_safeguarding_concern_cannot_be_closed_with_no_further_action() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), SAFEGUARDING_CONCERN, true, NO_FURTHER_ACTION, true,
        NO_FURTHER_ACTION_REASON, "x"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("DSL must see it");
  }

  @Test
  void triage_cannot_set_a_variable_its_form_does_not_show() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), CASE_MANAGER_GROUP, "staff"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining(CASE_MANAGER_GROUP);
    assertThat(runtime.getVariable(concern.getId(), CASE_MANAGER_GROUP)).isEqualTo("headteacher");
  }

  @Test
  void triage_refuses_a_classification_outside_the_list() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), PERPETRATOR_TYPE, "ALIEN"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining(PERPETRATOR_TYPE);
  }

  @Test
  void correcting_a_staff_case_to_a_pupil_case_at_triage_takes_hr_off_the_case() {
    ProcessInstance concern = cases.reportAndRoute(report(PERPETRATOR_TYPE, "STAFF", EMPLOYED_CENTRALLY, true));
    assertThat(readers(concern.getId())).contains("hr");

    cases.triage(concern.getId(), PERPETRATOR_TYPE, "PUPIL");

    assertThat(readers(concern.getId())).doesNotContain("hr").contains("headteacher", "dsl");
  }

  private List<String> candidateGroups(String processInstanceId, String taskKey) {
    return tasks.getIdentityLinksForTask(cases.task(processInstanceId, taskKey).getId()).stream()
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  private List<String> readers(String processInstanceId) {
    return engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE).resourceId(processInstanceId)
        .list().stream().map(a -> a.getGroupId()).filter(g -> g != null).toList();
  }

  private Object outcome(String processInstanceId) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(OUTCOME_CATEGORY).singleResult().getValue();
  }
}
