package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * Statistics count only the cases the person asking may read: the subject of a staff case and a
 * member of staff ask every statistics call the engine and Cockpit offer, and learn no count of a
 * case they cannot read; HR still sees the staff cases it works.
 */
@CaseEngineTest
class StatisticsOverHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STAFF_PATH = "staff-disciplinary";
  private static final String CASE = "social-media-concern";
  private static final String ENGINE_STATISTICS = "/engine-rest/process-definition/statistics?failedJobs=true&incidents=true";
  private static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  private Incident incident;

  /** A staff case about teacher2 on its disciplinary path, with an incident on that path, and a pupil case. */
  @BeforeEach
  void casesNobodyHereMayRead() {
    String staffCase = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(staffCase);
    String path = cases.path(staffCase, STAFF_PATH);
    // on a waiting task of the path: the path's own execution waits inside its parts, at no step of its own
    String step = tasks.createTaskQuery().processInstanceId(path).list().get(0).getExecutionId();
    incident = runtime.createIncident("caseCheck", step, "a check of this case failed");
    cases.reportAndRoute(report("perpetratorType", "PUPIL"));
  }

  @AfterEach
  void resolveIncident() {
    runtime.resolveIncident(incident.getId());
  }

  @Test
  void the_subject_of_a_staff_case_learns_no_count_of_it() {
    assertThat(readable("teacher2", STAFF_PATH)).isLessThan(running(STAFF_PATH));

    JsonNode statistics = json(rest.get("teacher2", ENGINE_STATISTICS));
    assertThat(instances(statistics, STAFF_PATH)).isEqualTo(readable("teacher2", STAFF_PATH));
    assertThat(instances(statistics, CASE)).isEqualTo(readable("teacher2", CASE));
    assertThat(incidents(statistics, STAFF_PATH)).isEqualTo(readableIncidents("teacher2", STAFF_PATH));

    JsonNode activities = json(rest.get("teacher2", "/engine-rest/process-definition/key/" + STAFF_PATH + "/statistics?incidents=true"));
    assertThat(atActivity(activities, "screen-harm-threshold"))
        .isEqualTo(readable("teacher2", STAFF_PATH + "&activityIdIn=screen-harm-threshold"));

    String definition = json(rest.get("teacher2", "/engine-rest/process-definition/key/" + STAFF_PATH)).path("id").asText();
    ResponseEntity<String> history = rest.get("teacher2", "/engine-rest/history/process-definition/" + definition
        + "/statistics?canceled=true&finished=true&completeScope=true&incidents=true");
    assertThat(history.getStatusCode()).as("history statistics need a right over the whole model").isEqualTo(HttpStatus.OK);
    assertThat(history.getBody()).isEqualTo("[]");

    Rest.Browser cockpit = rest.tasklist("teacher2", "http://localhost");
    // as Cockpit's list of processes asks: a page, sorted by name or by a count
    for (String sorted : new String[] {"sortBy=name&sortOrder=asc", "sortBy=instances&sortOrder=desc",
        "sortBy=incidents&sortOrder=asc"}) {
      JsonNode list = json(cockpit.get(COCKPIT_STATISTICS + "?firstResult=0&maxResults=50&" + sorted));
      assertThat(row(list, STAFF_PATH).path("instances").asLong()).as(sorted).isEqualTo(readable("teacher2", STAFF_PATH));
      assertThat(row(list, STAFF_PATH).path("incidents").asLong()).as(sorted)
          .isEqualTo(readableIncidents("teacher2", STAFF_PATH));
    }
  }

  @Test
  void a_member_of_staff_counts_no_case() {
    assertThat(readable("teacher", CASE)).isLessThan(running(CASE));

    assertThat(instances(json(rest.get("teacher", ENGINE_STATISTICS)), CASE)).isEqualTo(readable("teacher", CASE));
    JsonNode activities = json(rest.get("teacher", "/engine-rest/process-definition/key/" + CASE + "/statistics"));
    assertThat(atActivity(activities, "triage")).isEqualTo(readable("teacher", CASE + "&activityIdIn=triage"));
    assertThat(rest.get("teacher", "/engine-rest/process-definition/key/" + STAFF_PATH + "/statistics").getStatusCode())
        .as("a model they may not read").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    JsonNode list = json(rest.tasklist("teacher", "http://localhost").get(COCKPIT_STATISTICS
        + "?firstResult=0&maxResults=50&sortBy=instances&sortOrder=desc"));
    assertThat(row(list, CASE).path("instances").asLong()).isEqualTo(readable("teacher", CASE));
    assertThat(StreamSupport.stream(list.spliterator(), false).map(row -> row.path("instances").asLong()).toList())
        .as("sorted by the numbers the person may see").isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void hr_still_counts_the_staff_cases_it_works_in_cockpit() {
    String staffCase = cases.reportAndRoute(report("perpetratorType", "STAFF")).getId();
    cases.triage(staffCase);
    long hrReads = readable("hr", STAFF_PATH);
    assertThat(hrReads).isPositive();

    Rest.Browser cockpit = rest.tasklist("hr", "http://localhost");
    JsonNode dashboard = json(cockpit.get("/camunda/api/engine/engine/default/process-definition/statistics?rootIncidents=true"));
    JsonNode list = json(cockpit.get(COCKPIT_STATISTICS + "?firstResult=0&maxResults=50&sortBy=instances&sortOrder=desc"));

    assertThat(instances(dashboard, STAFF_PATH)).isEqualTo(hrReads);
    assertThat(row(list, STAFF_PATH).path("instances").asLong()).isEqualTo(hrReads);
  }

  /** Running instances of a process the person may read, by the engine's own authorized count. */
  private long readable(String user, String processKeyAndFilters) {
    return json(rest.get(user, "/engine-rest/process-instance/count?processDefinitionKey=" + processKeyAndFilters))
        .path("count").asLong();
  }

  private long readableIncidents(String user, String processKey) {
    return json(rest.get(user, "/engine-rest/incident/count?processDefinitionKeyIn=" + processKey)).path("count").asLong();
  }

  private long running(String processKey) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  /** Instances counted for every version of a process in the engine's statistics. */
  private static long instances(JsonNode statistics, String processKey) {
    return versions(statistics, processKey).mapToLong(row -> row.path("instances").asLong()).sum();
  }

  private static long incidents(JsonNode statistics, String processKey) {
    return versions(statistics, processKey).flatMap(row -> StreamSupport.stream(row.path("incidents").spliterator(), false))
        .mapToLong(incident -> incident.path("incidentCount").asLong()).sum();
  }

  private static java.util.stream.Stream<JsonNode> versions(JsonNode statistics, String processKey) {
    return StreamSupport.stream(statistics.spliterator(), false)
        .filter(row -> processKey.equals(row.path("definition").path("key").asText()));
  }

  private static long atActivity(JsonNode activities, String activityId) {
    return StreamSupport.stream(activities.spliterator(), false).filter(row -> activityId.equals(row.path("id").asText()))
        .mapToLong(row -> row.path("instances").asLong()).sum();
  }

  /** Cockpit's row for a process (its latest version, counting all versions). */
  private static JsonNode row(JsonNode list, String processKey) {
    return StreamSupport.stream(list.spliterator(), false).filter(row -> processKey.equals(row.path("key").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no row for " + processKey + " in " + list));
  }

  private static JsonNode json(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(response.getBody());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
