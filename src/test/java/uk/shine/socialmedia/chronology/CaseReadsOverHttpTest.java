package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** Reads of case content through the engine's APIs land in the case's read log, over real HTTP. */
@CaseEngineTest
class CaseReadsOverHttpTest {

  @Autowired Cases cases;
  @Autowired Rest rest;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void the_head_teachers_reads_over_rest_are_in_the_read_log_once_an_hour_each() {
    var concern = cases.reportAndRoute(report("perpetratorType", "PUPIL"));
    String caseId = concern.getId();
    String triage = cases.task(caseId, "triage").getId();

    for (int time = 0; time < 2; time++) {
      assertThat(rest.get("head", "/engine-rest/task/" + triage + "/form-variables").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(rest.get("head", "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(rest.get("head", "/engine-rest/history/variable-instance?processInstanceId=" + caseId).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(rest.get("head", "/engine-rest/task?processInstanceBusinessKey=" + concern.getBusinessKey()).getBody())
          .contains(triage);
    }

    assertThat(reads(concern.getBusinessKey(), "head")).containsExactlyInAnyOrder("task form variables", "variables",
        "history", "tasks");
    ResponseEntity<String> log = rest.get("dsl", "/cases/" + concern.getBusinessKey() + "/read-log");
    assertThat(log.getBody()).contains("<td>head</td><td>task form variables</td><td>yes</td>",
        "<td>head</td><td>variables</td><td>yes</td>", "<td>head</td><td>history</td><td>yes</td>");
  }

  @Test
  void a_refused_read_writes_nothing() {
    var concern = cases.reportAndRoute(report("perpetratorType", "PUPIL"));
    String caseId = concern.getId();
    String triage = cases.task(caseId, "triage").getId();

    for (String outsider : List.of("teacher", "hr", "governor")) {
      assertThat(rest.get(outsider, "/engine-rest/task/" + triage + "/form-variables").getStatusCode()).as(outsider)
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(rest.get(outsider, "/engine-rest/process-instance/" + caseId + "/variables").getStatusCode())
          .as(outsider).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      // a list narrowed to the case answers an outsider with nothing in it
      assertThat(rest.get(outsider, "/engine-rest/history/variable-instance?processInstanceId=" + caseId).getBody())
          .as(outsider).isEqualTo("[]");
      assertThat(rest.get(outsider, "/engine-rest/task?processInstanceBusinessKey=" + concern.getBusinessKey()).getBody())
          .as(outsider).isEqualTo("[]");
    }
    assertThat(rest.get(null, "/engine-rest/task/" + triage + "/form-variables").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(jdbc.queryForObject("select count(*) from smc_case_read_log where case_reference = ?", Integer.class,
        concern.getBusinessKey())).isZero();
  }

  @Test
  void tasklist_and_cockpit_reads_are_in_the_read_log_and_the_task_list_is_not() {
    var concern = cases.reportAndRoute(report("perpetratorType", "PUPIL"));
    String caseId = concern.getId();
    String triage = cases.task(caseId, "triage").getId();
    Rest.Browser head = rest.tasklist("head", "http://localhost:" + port);
    String api = "/camunda/api/engine/engine/default/";

    assertThat(head.send(api + "task/" + triage + "/form-variables", HttpMethod.GET, null, MediaType.APPLICATION_JSON)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> list = head.post(api + "task?firstResult=0&maxResults=15", Map.of("candidateGroup", "headteacher"));
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains(triage);
    cases.triage(caseId);
    // Cockpit's instance view: the variables by a query body, the called instances (the paths) from its own API
    assertThat(head.post(api + "variable-instance?firstResult=0&maxResults=50",
        Map.of("processInstanceIdIn", List.of(caseId))).getBody()).contains("caseReference");
    assertThat(head.send("/camunda/api/cockpit/plugin/base/default/process-instance/" + caseId + "/called-process-instances",
        HttpMethod.GET, null, MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(reads(concern.getBusinessKey(), "head")).as("the task list reads no case")
        .containsExactlyInAnyOrder("task form variables", "variables", "cockpit");
  }

  private List<String> reads(String reference, String user) {
    return jdbc.queryForList("select what_was_read from smc_case_read_log where case_reference = ? and user_id = ?",
        String.class, reference, user);
  }
}
