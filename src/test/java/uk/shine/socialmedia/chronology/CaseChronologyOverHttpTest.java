package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** The chronology of a case and its read log, over real HTTP as each demo user. */
@CaseEngineTest
class CaseChronologyOverHttpTest {

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired TestRestTemplate http;
  @Value("${socialmedia.demo-users.password}") String password;

  @Test
  void the_case_workers_see_every_event_in_order_with_who_did_it() {
    String caseId = cases.reportAs("teacher", report("perpetratorType", "PUPIL", "safeguardingConcern", true)).getId();
    triageAsHead(caseId);
    String reference = reference(caseId);

    ResponseEntity<String> json = rest.get("dsl", "/cases/" + reference + "/chronology.json");
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> events = events("dsl", reference);

    assertThat(events.get(0).get("what")).isEqualTo("Concern reported");
    assertThat(events.get(0).get("by")).isEqualTo("teacher");
    List<Instant> times = events.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
    assertThat(times).isSorted();
    assertThat(events).extracting(e -> e.get("what")).contains("Path started: safeguarding-referral",
        "Path started: pupil-behaviour", "Criminal offence suspected: no", "Safeguarding concern: yes");
    Map<String, Object> triaged = events.stream().filter(e -> "task-completed".equals(e.get("kind"))
        && "social-media-concern".equals(e.get("path"))).findFirst().orElseThrow();
    assertThat(triaged.get("by")).isEqualTo("head");
    assertThat(events).anyMatch(e -> "task".equals(e.get("kind")) && "safeguarding-referral".equals(e.get("path")));
    // free text is never an event: the summary and the reporter's name stay in the forms
    assertThat(json.getBody()).doesNotContain("Terry Teacher", "abusive comments", "facebook.example");

    // the head teacher sees the case but not inside the DSL's safeguarding referral
    List<Map<String, Object>> headsView = events("head", reference);
    assertThat(headsView).extracting(e -> e.get("what")).contains("Concern reported", "Path started: pupil-behaviour")
        .doesNotContain("Path started: safeguarding-referral");
  }

  @Test
  void the_page_escapes_and_carries_a_strict_policy() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    ResponseEntity<String> page = rest.get("head", "/cases/" + reference(caseId) + "/chronology");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.getBody()).contains("Chronology of " + reference(caseId), "Concern reported", "Task created: ")
        .doesNotContain("<script");
  }

  @Test
  void the_subject_outsiders_and_governors_get_404_and_strangers_401() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    String reference = reference(caseId);

    for (String allowed : List.of("head", "dsl", "hr")) {
      assertThat(rest.get(allowed, "/cases/" + reference + "/chronology.json").getStatusCode()).as(allowed)
          .isEqualTo(HttpStatus.OK);
    }
    for (String refused : List.of("teacher2", "teacher", "governor", "admin", "chair")) {
      assertThat(rest.get(refused, "/cases/" + reference + "/chronology").getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(rest.get(refused, "/cases/" + reference + "/chronology.json").getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(rest.get("dsl", "/cases/SMC-000000-NOPE1/chronology").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> anonymous = rest.get(null, "/cases/" + reference + "/chronology");
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(rest.get(null, "/cases/" + reference + "/read-log").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void every_opening_is_in_the_read_log_which_only_the_dsl_and_head_teacher_may_read() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);
    String reference = reference(caseId);
    rest.get("head", "/cases/" + reference + "/chronology");
    rest.get("hr", "/cases/" + reference + "/chronology.json");
    rest.get("teacher2", "/cases/" + reference + "/chronology");

    ResponseEntity<String> log = rest.get("dsl", "/cases/" + reference + "/read-log");

    assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(log.getBody()).contains("<td>head</td><td>chronology</td><td>yes</td>",
        "<td>hr</td><td>chronology.json</td><td>yes</td>", "<td>teacher2</td><td>chronology</td><td>refused</td>");
    assertThat(rest.get("head", "/cases/" + reference + "/read-log").getStatusCode()).isEqualTo(HttpStatus.OK);
    // may see the case, but is not the DSL or the head teacher; or may not see the case at all
    for (String refused : List.of("hr", "teacher2", "governor", "teacher", "admin")) {
      assertThat(rest.get(refused, "/cases/" + reference + "/read-log").getStatusCode()).as(refused)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void the_chair_reads_the_log_of_a_case_about_the_head_teacher_and_the_head_cannot() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "head")).getId();
    String reference = reference(caseId);

    assertThat(rest.get("chair", "/cases/" + reference + "/chronology").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("chair", "/cases/" + reference + "/read-log").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("head", "/cases/" + reference + "/chronology").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.get("head", "/cases/" + reference + "/read-log").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void the_task_forms_link_to_the_chronology() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    String taskId = cases.task(caseId, "triage").getId();

    assertThat(rest.get("head", "/engine-rest/task/" + taskId + "/deployed-form").getBody())
        .contains("/cases/{{caseReference}}/chronology");
  }

  @Test
  void a_link_from_tasklist_opens_with_the_webapps_login_and_no_second_one() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    // the browser is on a page of the application itself
    Rest.Browser dsl = rest.tasklist("dsl", http.getRootUri());

    ResponseEntity<String> page = dsl.send("/cases/" + reference(caseId) + "/chronology", HttpMethod.GET, null,
        MediaType.TEXT_HTML);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Concern reported");
  }

  private void triageAsHead(String caseId) {
    String taskId = cases.task(caseId, "triage").getId();
    ResponseEntity<String> done = rest.post("head", "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
        Rest.typed(Map.of("perpetratorType", "PUPIL", "victimType", "NONE", "safeguardingConcern", true,
            "criminalSuspicion", false, "noFurtherAction", false))));
    assertThat(done.getStatusCode()).as(done.getBody() == null ? "" : done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    cases.runJobs();
  }

  /** The chronology's events as the person reads them over HTTP. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private List<Map<String, Object>> events(String user, String reference) {
    ResponseEntity<Map> answer = http.withBasicAuth(user, password).getForEntity("/cases/" + reference + "/chronology.json",
        Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("events");
  }

  private String reference(String caseId) {
    return (String) cases.historicVariable(caseId, "caseReference");
  }
}
