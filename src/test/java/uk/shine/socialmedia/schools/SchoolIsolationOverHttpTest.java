package uk.shine.socialmedia.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * The two demo schools over real HTTP: a case belongs to its reporter's school, and nobody of the other
 * school reads any of it through any of the engine's API families, whatever their groups; the trust's
 * HR works in both.
 */
@CaseEngineTest
class SchoolIsolationOverHttpTest {

  private static final String MARKER = "Marker text of a case the other school may not read";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void a_case_belongs_to_its_reporters_school_and_its_paths_to_the_cases_school() throws Exception {
    String villiers = reported("teacher", Map.of());
    String elmfield = reported("elmteacher", Map.of());

    assertThat(tenantOf(villiers)).isEqualTo("villiers");
    assertThat(tenantOf(elmfield)).isEqualTo("elmfield");
    cases.triage(elmfield, "perpetratorType", "STAFF");
    assertThat(history.createHistoricProcessInstanceQuery().rootProcessInstanceId(elmfield).list())
        .hasSizeGreaterThan(1).allSatisfy(path -> assertThat(path.getTenantId()).isEqualTo("elmfield"));
  }

  @ParameterizedTest(name = "{0} reads nothing of a case of {2}")
  @CsvSource({"elmhead, teacher, Villiers", "elmdsl, teacher, Villiers", "elmslt, teacher, Villiers",
      "elmchair, teacher, Villiers", "head, elmteacher, Elmfield", "dsl, elmteacher, Elmfield",
      "chair, elmteacher, Elmfield", "slt, elmteacher, Elmfield"})
  void nobody_of_the_other_school_reads_a_case_through_any_api(String outsider, String reporter, String school)
      throws Exception {
    String pi = reported(reporter, Map.of());
    String task = cases.task(pi, "triage").getId();
    String variable = history.createHistoricVariableInstanceQuery().processInstanceId(pi).list().get(0).getId();

    for (String path : List.of("/process-instance/" + pi, "/process-instance/" + pi + "/variables",
        "/process-instance/" + pi + "/activity-instances", "/task/" + task, "/task/" + task + "/variables",
        "/task/" + task + "/form-variables", "/task/" + task + "/comment", "/history/process-instance/" + pi,
        "/history/variable-instance/" + variable)) {
      ResponseEntity<String> refused = rest.get(outsider, "/engine-rest" + path);
      assertThat(refused.getStatusCode()).as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(refused.getBody()).as(path).doesNotContain(MARKER);
    }
    for (String path : List.of("/task?processInstanceId=" + pi, "/process-instance?processInstanceIds=" + pi,
        "/execution?processInstanceId=" + pi, "/variable-instance?processInstanceIdIn=" + pi,
        "/incident?processInstanceId=" + pi, "/job?processInstanceId=" + pi,
        "/history/process-instance?processInstanceId=" + pi, "/history/variable-instance?processInstanceId=" + pi,
        "/history/task?processInstanceId=" + pi, "/history/activity-instance?processInstanceId=" + pi,
        "/history/detail?processInstanceId=" + pi, "/history/incident?processInstanceId=" + pi)) {
      ResponseEntity<String> empty = rest.get(outsider, "/engine-rest" + path);
      assertThat(empty.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(empty.getBody()).as(path).isEqualTo("[]");
    }
    for (String action : List.of("claim", "complete")) {
      ResponseEntity<String> refused = rest.post(outsider, "/engine-rest/task/" + task + "/" + action,
          Map.of("userId", outsider, "variables", Map.of()));
      assertThat(refused.getStatusCode()).as(action).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }
    assertThat(cases.hasTask(pi, "triage")).as("the triage is still open").isTrue();
  }

  @ParameterizedTest(name = "the head teacher {0} sees the triage of a case of their own school")
  @CsvSource({"head, teacher", "elmhead, elmteacher"})
  void the_head_teacher_of_the_school_works_its_case(String head, String reporter) throws Exception {
    String pi = reported(reporter, Map.of());

    ResponseEntity<String> tasks = rest.get(head, "/engine-rest/task?processInstanceId=" + pi);
    assertThat(JSON.readTree(tasks.getBody()).findValuesAsText("taskDefinitionKey")).containsExactly("triage");
    assertThat(rest.get(head, "/engine-rest/process-instance/" + pi).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void hr_is_in_every_school_and_chooses_which_one_a_report_is_for() throws Exception {
    ResponseEntity<String> unchosen = rest.report("hr", report());
    assertThat(unchosen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(unchosen.getBody()).path("message").asText())
        .contains("more than one school").contains("school");

    String elmfield = reported("hr", Map.of("school", "elmfield"));
    assertThat(tenantOf(elmfield)).isEqualTo("elmfield");
    cases.triage(elmfield, "perpetratorType", "STAFF");
    String staffPath = cases.path(elmfield, "staff-disciplinary");
    assertThat(rest.get("hr", "/engine-rest/process-instance/" + staffPath).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_school_that_is_not_yours_or_no_school_at_all_is_refused_in_plain_english() throws Exception {
    long before = runtime.createProcessInstanceQuery().count();

    ResponseEntity<String> other = rest.report("teacher", withSchool("elmfield"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(other.getBody()).path("message").asText()).contains("not one of yours")
        .contains("villiers");

    User nowhere = identity.newUser("nowhere");
    nowhere.setPassword(password);
    identity.saveUser(nowhere);
    identity.createMembership("nowhere", "staff");
    ResponseEntity<String> schoolless = rest.report("nowhere", report());
    assertThat(schoolless.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(schoolless.getBody()).path("message").asText())
        .contains("not a member of any school");

    assertThat(runtime.createProcessInstanceQuery().count()).as("nothing was recorded").isEqualTo(before);
  }

  @Test
  void a_report_about_centrally_employed_staff_belongs_to_the_central_office_where_hr_triages_it() throws Exception {
    String central = reported("elmteacher", Map.of("perpetratorType", "STAFF", "employedCentrally", true));

    assertThat(tenantOf(central)).isEqualTo("central");
    ResponseEntity<String> hrTasks = rest.get("hr", "/engine-rest/task?processInstanceId=" + central);
    assertThat(JSON.readTree(hrTasks.getBody()).findValuesAsText("taskDefinitionKey")).containsExactly("triage");
    for (String schoolHead : List.of("elmhead", "head")) {
      assertThat(rest.get(schoolHead, "/engine-rest/task?processInstanceId=" + central).getBody())
          .as(schoolHead).isEqualTo("[]");
    }
  }

  @Test
  void the_central_office_has_no_head_teacher_so_its_chief_executive_leads_a_case_there() throws Exception {
    String central = reported("elmteacher", Map.of("perpetratorType", "STAFF", "employedCentrally", true));

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(central).variableName("leaderGroup")
        .singleResult().getValue()).as("nobody in central is a head teacher").isEqualTo("ceo");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(central)
        .variableName("caseManagerGroup").singleResult().getValue()).isEqualTo("hr");
    assertThat(rest.get("ceo", "/engine-rest/history/process-instance?processInstanceId=" + central).getBody())
        .as("the leader reads the case").contains(central);
    String atElmfield = reported("elmteacher", Map.of("perpetratorType", "STAFF", "employedCentrally", false));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(atElmfield).variableName("leaderGroup")
        .singleResult().getValue()).as("a school's case, as before").isEqualTo("headteacher");
  }

  private static Map<String, Object> withSchool(String school) {
    Map<String, Object> report = report("summary", MARKER);
    report.put("school", school);
    return report;
  }

  /** Reports over REST as this person, routes the case, and gives its id. */
  private String reported(String reporter, Map<String, Object> overrides) throws Exception {
    Map<String, Object> report = report("summary", MARKER);
    report.putAll(overrides);
    ResponseEntity<String> started = rest.report(reporter, report);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String id = JSON.readTree(started.getBody()).path("id").asText();
    cases.runJobs();
    return id;
  }

  private String tenantOf(String caseId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult().getTenantId();
  }
}
