package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** Who sees what of a case, asked over real HTTP as each demo user. */
@CaseEngineTest
class AccessRulesOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;

  @Test
  void the_reporter_sees_nothing_of_their_report_afterwards() {
    String caseId = rest.report("teacher", report()).getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    cases.runJobs();

    assertThat(rest.get("teacher", "/engine-rest/process-instance/" + caseId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.get("teacher", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.list("teacher", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("teacher", "/engine-rest/history/process-instance?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("head", "/engine-rest/task?processInstanceId=" + caseId).getBody()).hasSize(1);
  }

  @Test
  void a_governor_has_no_engine_access_to_case_content() {
    String caseId = cases.reportAndRoute(report()).getId();
    String taskId = cases.task(caseId, "triage").getId();

    assertThat(rest.list("governor", "/engine-rest/process-instance").getBody()).isEmpty();
    assertThat(rest.list("governor", "/engine-rest/task").getBody()).isEmpty();
    assertThat(rest.list("governor", "/engine-rest/history/process-instance").getBody()).isEmpty();
    assertThat(rest.list("governor", "/engine-rest/history/variable-instance").getBody()).isEmpty();
    assertThat(rest.get("governor", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("governor", "/engine-rest/task/" + taskId).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void hr_sees_nothing_of_a_pupil_case_but_follows_a_staff_case() {
    String pupilCase = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    String staffCase = cases.reportAndRoute(report("perpetratorType", "STAFF", "employedCentrally", true)).getId();

    assertThat(rest.get("hr", "/engine-rest/process-instance/" + pupilCase + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.list("hr", "/engine-rest/task?processInstanceId=" + pupilCase).getBody()).isEmpty();
    assertThat(rest.list("hr", "/engine-rest/history/process-instance?processInstanceId=" + pupilCase).getBody()).isEmpty();

    assertThat(rest.get("hr", "/engine-rest/process-instance/" + staffCase + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> hrTasks = rest.list("hr", "/engine-rest/task?processInstanceId=" + staffCase).getBody();
    assertThat(hrTasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly("triage");
  }

  @Test
  void the_subject_of_a_case_never_sees_it_even_as_a_senior_leader() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    String disciplinary = cases.path(caseId, "staff-disciplinary");

    // another senior leader reads the disciplinary path; the subject, also a senior leader, does not
    assertThat(rest.get("slt", "/engine-rest/process-instance/" + disciplinary + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.get("teacher2", "/engine-rest/process-instance/" + disciplinary + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("teacher2", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.list("teacher2", "/engine-rest/history/process-instance?superProcessInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("teacher2", "/engine-rest/task?processInstanceId=" + disciplinary).getBody()).isEmpty();
    assertThat(rest.list("teacher2", "/engine-rest/history/task?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.list("head", "/engine-rest/history/process-instance?superProcessInstanceId=" + caseId).getBody())
        .extracting(p -> p.get("processDefinitionKey")).containsExactly("staff-disciplinary");
  }

  @Test
  void a_case_about_the_head_teacher_goes_to_the_chair_and_the_head_cannot_see_it() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "head")).getId();

    assertThat(rest.list("chair", "/engine-rest/task?processInstanceId=" + caseId).getBody())
        .extracting(task -> task.get("taskDefinitionKey")).containsExactly("triage");
    assertThat(rest.list("head", "/engine-rest/task?processInstanceId=" + caseId).getBody()).isEmpty();
    assertThat(rest.get("head", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_administrator_manages_users_but_sees_no_case_content() {
    String caseId = cases.reportAndRoute(report()).getId();

    assertThat(rest.get("admin", "/engine-rest/user").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.list("admin", "/engine-rest/process-instance").getBody()).isEmpty();
    assertThat(rest.list("admin", "/engine-rest/task").getBody()).isEmpty();
    assertThat(rest.get("admin", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anonymous_calls_to_the_engine_are_refused() {
    for (String path : List.of("/engine-rest/process-instance", "/engine-rest/task", "/engine-rest/history/process-instance",
        "/engine-rest/user", "/engine-rest/deployment", "/engine-rest/filter")) {
      assertThat(rest.get(null, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void the_head_teacher_opens_tasklist_on_their_own_filter_with_the_new_report_in_it() {
    String caseId = cases.reportAndRoute(report()).getId();
    String triageId = cases.task(caseId, "triage").getId();

    List<Map<String, Object>> filters = rest.list("head", "/engine-rest/filter?resourceType=Task").getBody();
    assertThat(filters).extracting(f -> f.get("name")).contains("Head teacher's tasks", "My tasks")
        .doesNotContain("Safeguarding tasks", "HR tasks");
    Object headFilter = filters.stream().filter(f -> f.get("name").equals("Head teacher's tasks")).findFirst()
        .orElseThrow().get("id");

    assertThat(rest.list("head", "/engine-rest/filter/" + headFilter + "/list?maxResults=1000").getBody())
        .extracting(task -> task.get("id")).contains(triageId);
    assertThat(rest.list("dsl", "/engine-rest/filter?resourceType=Task").getBody()).extracting(f -> f.get("name"))
        .contains("Safeguarding tasks").doesNotContain("Head teacher's tasks");
  }
}
