package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * Reading someone else's case by guessing or copying its ids (IDOR): every by-id and by-instance call
 * of the REST API, as a person the case's access rules (CaseAccessPolicy) keep out.
 */
@CaseEngineTest
class CaseIdorOverHttpTest {

  private static final String MARKER = "Marker text of a case nobody outside may read";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired HistoryService history;

  record Target(String instanceId, String taskId, String variableId) {
  }

  static Stream<Arguments> outsiders() {
    return Stream.of(
        Arguments.of("teacher", "a member of staff, on a pupil case", "PUPIL"),
        Arguments.of("hr", "HR, on a pupil case", "PUPIL"),
        Arguments.of("governor", "a governor, on a staff case", "STAFF"),
        Arguments.of("teacher2", "the subject, a senior leader, on the disciplinary path about them", "SUBJECT"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("outsiders")
  void an_outsider_reads_nothing_of_a_case_by_its_ids(String user, String who, String kind) {
    Target target = target(kind);
    String pi = target.instanceId();
    String task = target.taskId();

    for (String path : List.of("/process-instance/" + pi, "/process-instance/" + pi + "/variables",
        "/process-instance/" + pi + "/variables/summary", "/process-instance/" + pi + "/activity-instances",
        "/task/" + task, "/task/" + task + "/variables", "/task/" + task + "/form-variables",
        "/task/" + task + "/comment", "/history/process-instance/" + pi,
        "/history/variable-instance/" + target.variableId())) {
      ResponseEntity<String> refused = rest.get(user, "/engine-rest" + path);
      assertThat(refused.getStatusCode()).as(path).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(refused.getBody()).as(path).doesNotContain(MARKER).doesNotContain("screeningNotes");
    }
    for (String path : List.of("/task?processInstanceId=" + pi, "/execution?processInstanceId=" + pi,
        "/variable-instance?processInstanceIdIn=" + pi, "/history/variable-instance?processInstanceId=" + pi,
        "/history/task?processInstanceId=" + pi, "/history/activity-instance?processInstanceId=" + pi,
        "/history/detail?processInstanceId=" + pi, "/history/process-instance?processInstanceId=" + pi)) {
      ResponseEntity<String> empty = rest.get(user, "/engine-rest" + path);
      assertThat(empty.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(empty.getBody()).as(path).isEqualTo("[]");
    }
    for (String action : List.of("claim", "complete")) {
      ResponseEntity<String> refused = rest.post(user, "/engine-rest/task/" + task + "/" + action,
          Map.of("userId", user, "variables", Map.of()));
      assertThat(refused.getStatusCode()).as(action).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(refused.getBody()).as(action).doesNotContain(MARKER);
    }
  }

  /** A running case (or, for the subject, the disciplinary path about them) with an open task. */
  private Target target(String kind) {
    String instanceId;
    String taskId;
    if (kind.equals("PUPIL")) {
      instanceId = cases.reportAndRoute(report("perpetratorType", "PUPIL", "summary", MARKER)).getId();
      taskId = cases.task(instanceId, "triage").getId();
    } else {
      Object subject = kind.equals("SUBJECT") ? "teacher2" : null;
      String caseId = cases.reportAndRoute(subject == null ? report("perpetratorType", "STAFF", "summary", MARKER)
          : report("perpetratorType", "STAFF", "summary", MARKER, "subjectUserId", subject)).getId();
      cases.triage(caseId);
      instanceId = cases.path(caseId, "staff-disciplinary");
      taskId = cases.task(instanceId, "screen-harm-threshold").getId();
    }
    String variableId = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list().get(0).getId();
    return new Target(instanceId, taskId, variableId);
  }
}
