package uk.shine.socialmedia.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** What triage may correct after paths have started: imagery found, who manages the case, who it is about. */
@CaseEngineTest
class TriageCorrectionsTest {

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired AuthorizationService authorizations;

  @Test
  void imagery_found_at_triage_starts_the_imagery_path_at_once_and_only_once() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "PUBLIC", "victimType", "PUPIL"));
    assertThat(cases.pathsOf(concern.getId())).doesNotContain("indecent-imagery");

    cases.triage(concern.getId(), "indecentImagery", true, "criminalSuspicion", true);

    assertThat(cases.pathsOf(concern.getId())).containsOnlyOnce("indecent-imagery");
    String imagery = cases.path(concern.getId(), "indecent-imagery");
    assertThat(cases.candidateGroups(cases.task(imagery, "secure-evidence").getId())).containsExactly("dsl");

    // the police let the school go ahead; the public post's investigation then records the imagery again
    cases.complete(cases.path(concern.getId(), "police-liaison"), "refer-to-police", "referredBy", "H. Teacher",
        "referredAt", PathWork.minutesAgo(30), "policeOfficer", "DC Jones", "crimeReference", "CR/3/26",
        "policeAskToWait", false);
    String publicPost = cases.path(concern.getId(), "public-post-response");
    cases.complete(publicPost, "investigate-public-post", "investigationFindings", "Images on the account",
        "postAuthor", "NOT_IDENTIFIED", "indecentImagery", true);
    assertThat(cases.pathsOf(concern.getId())).containsOnlyOnce("indecent-imagery");
  }

  @Test
  void imagery_a_later_task_records_starts_the_imagery_path_once() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "PUBLIC"));
    cases.triage(concern.getId());
    String publicPost = cases.path(concern.getId(), "public-post-response");

    cases.complete(publicPost, "investigate-public-post", "investigationFindings", "Images on the account",
        "postAuthor", "NOT_IDENTIFIED", "indecentImagery", true);

    assertThat(cases.pathsOf(concern.getId())).containsOnlyOnce("indecent-imagery");
    String imagery = cases.path(concern.getId(), "indecent-imagery");
    assertThat(cases.hasTask(imagery, "secure-evidence")).isTrue();
    assertThat(runtime.getVariable(concern.getId(), "indecentImagery")).isEqualTo(true);
    assertThat(cases.hasTask(publicPost, "report-public-post")).as("the public post's own work goes on").isTrue();
  }

  @Test
  void imagery_reported_with_the_concern_is_not_started_again_at_triage() {
    ProcessInstance concern = cases.reportAndRoute(report("indecentImagery", true, "victimType", "PUPIL"));

    cases.triage(concern.getId(), "indecentImagery", true, "criminalSuspicion", true);

    assertThat(cases.pathsOf(concern.getId())).containsOnlyOnce("indecent-imagery");
  }

  @Test
  void imagery_found_at_triage_cannot_be_closed_with_no_further_action() {
    ProcessInstance concern = cases.reportAndRoute(report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), "indecentImagery", true, "noFurtherAction", true,
        "noFurtherActionReason", "Nothing to do")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("Indecent images of children found at triage cannot be closed");
    assertThat(cases.hasTask(concern.getId(), "triage")).isTrue();
  }

  @Test
  void triage_finding_the_member_of_staff_is_centrally_employed_gives_hr_the_case() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "STAFF", "employedCentrally", false));
    assertThat(runtime.getVariable(concern.getId(), "caseManagerGroup")).isEqualTo("headteacher");

    cases.triage(concern.getId(), "employedCentrally", true);

    assertThat(runtime.getVariable(concern.getId(), "caseManagerGroup")).isEqualTo("hr");
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    assertThat(cases.candidateGroups(cases.task(staff, "screen-harm-threshold").getId())).containsExactly("hr");
    assertThat(rest.list("hr", "/engine-rest/task?processInstanceId=" + staff).getBody())
        .extracting(task -> task.get("taskDefinitionKey")).containsExactly("screen-harm-threshold");
  }

  @Test
  void a_subject_named_at_triage_loses_the_case_and_the_tasks_they_could_see() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "STAFF", "safeguardingConcern", true));
    String reference = concern.getBusinessKey();
    String safeguarding = cases.path(concern.getId(), "safeguarding-referral");
    // the DSL asked a senior leader to help with the first look, before anyone knew the report was about them
    tasks.addCandidateUser(cases.task(safeguarding, "acknowledge-concern").getId(), "teacher2");
    assertThat(rest.list("teacher2", "/engine-rest/task?processInstanceBusinessKey=" + reference).getBody()).hasSize(1);

    cases.triage(concern.getId(), "subjectNamedAtTriage", "teacher2");

    assertThat(runtime.getVariable(concern.getId(), "subjectUserId")).isEqualTo("teacher2");
    assertThat(rest.list("teacher2", "/engine-rest/task?processInstanceBusinessKey=" + reference).getBody()).isEmpty();
    assertThat(rest.list("teacher2", "/engine-rest/process-instance?businessKey=" + reference).getBody()).isEmpty();
    assertThat(rest.list("teacher2", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference)
        .getBody()).isEmpty();
    assertThat(rest.list("teacher2", "/engine-rest/history/task?processInstanceBusinessKey=" + reference).getBody()).isEmpty();
    // the staff path's senior-leader work is kept from them too, and the others still see their work
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    assertThat(rest.list("teacher2", "/engine-rest/task?processInstanceId=" + staff).getBody()).isEmpty();
    assertThat(rest.list("dsl", "/engine-rest/task?processInstanceId=" + safeguarding).getBody()).hasSize(1);
    assertThat(rest.list("head", "/engine-rest/task?processInstanceId=" + staff).getBody()).hasSize(1);
  }

  @Test
  void a_subject_named_at_triage_must_be_a_known_login() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "STAFF"));

    assertThatThrownBy(() -> cases.triage(concern.getId(), "subjectNamedAtTriage", "Mr Smith"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("subjectNamedAtTriage");
    assertThat(cases.hasTask(concern.getId(), "triage")).isTrue();
  }

  @Test
  void the_head_teacher_named_at_triage_hands_the_case_to_the_chair_and_their_open_work_too() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "STAFF", "safeguardingConcern", true));
    String safeguarding = cases.path(concern.getId(), "safeguarding-referral");
    String acknowledge = cases.task(safeguarding, "acknowledge-concern").getId();
    tasks.addCandidateGroup(acknowledge, "headteacher");

    cases.triage(concern.getId(), "subjectNamedAtTriage", "head");

    assertThat(runtime.getVariable(concern.getId(), "leaderGroup")).isEqualTo("chair");
    assertThat(runtime.getVariable(safeguarding, "leaderGroup")).isEqualTo("chair");
    assertThat(cases.candidateGroups(acknowledge)).containsExactly("chair", "dsl");
    assertThat(rest.list("head", "/engine-rest/task?processInstanceBusinessKey=" + concern.getBusinessKey()).getBody())
        .isEmpty();
  }

  @Test
  void what_a_correction_grants_carries_the_case_so_it_goes_with_it_and_it_refuses_by_granting_nothing() {
    ProcessInstance concern = cases.reportAndRoute(report("perpetratorType", "STAFF", "safeguardingConcern", true));
    String safeguarding = cases.path(concern.getId(), "safeguarding-referral");
    String acknowledge = cases.task(safeguarding, "acknowledge-concern").getId();

    cases.triage(concern.getId(), "subjectNamedAtTriage", "head");

    // written by the correction: the chair's grants (the new leader); the head teacher, now the subject, and the
    // head teachers' group (the head teacher is in it) keep nothing, and no refusal is written
    List<Authorization> written = new ArrayList<>();
    for (var instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(concern.getId()).list()) {
      written.addAll(authorizations.createAuthorizationQuery().resourceId(instance.getId()).list());
      history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
          .forEach(task -> written.addAll(authorizations.createAuthorizationQuery().resourceId(task.getId()).list()));
    }
    assertThat(written).as("no refusal").noneMatch(row -> row.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE);
    assertThat(written).as("the head teacher keeps nothing of the safeguarding path or its open task")
        .noneMatch(row -> ("head".equals(row.getUserId()) || "headteacher".equals(row.getGroupId()))
            && List.of(safeguarding, acknowledge).contains(row.getResourceId()));
    assertThat(written).as("the chair reads the case")
        .anyMatch(row -> "chair".equals(row.getGroupId()) && concern.getId().equals(row.getResourceId()));
    assertThat(written).as("every row carries the case, so the history cleanup removes it with the case")
        .extracting(Authorization::getRootProcessInstanceId).containsOnly(concern.getId());
  }
}
