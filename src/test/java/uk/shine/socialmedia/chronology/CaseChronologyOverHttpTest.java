package uk.shine.socialmedia.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.deadlines.PlainDates;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
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
    // the name the reporter typed differs from their name in identity, which the chronology now shows
    String caseId = cases.reportAs("teacher", report("perpetratorType", "PUPIL", "safeguardingConcern", true,
        "reporterName", "Rowan Reporter")).getId();
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
    // free text other than a meeting's notes is never shown: the summary and the name the reporter typed stay in the forms
    assertThat(json.getBody()).doesNotContain("Rowan Reporter", "abusive comments", "facebook.example");

    // the head teacher sees the case but not inside the DSL's safeguarding referral
    List<Map<String, Object>> headsView = events("head", reference);
    assertThat(headsView).extracting(e -> e.get("what")).contains("Concern reported", "Path started: pupil-behaviour")
        .doesNotContain("Path started: safeguarding-referral");
  }

  @Test
  void the_page_reads_as_a_timeline_in_words_with_names_and_what_is_still_due() {
    String caseId = cases.reportAs("teacher", report("perpetratorType", "PUPIL", "safeguardingConcern", true)).getId();
    triageAsHead(caseId);
    String reference = reference(caseId);

    String page = asBrowser("dsl", "/cases/" + reference + "/chronology").getBody();

    assertThat(page).contains("<strong>Concern reported</strong> by Terry Teacher", "Path started: Pupil behaviour",
        "Path started: Safeguarding referral", "<strong>Done: Triage the report</strong> by Helen Head", "<strong>Who posted it: A pupil</strong>",
        "<li>Criminal offence suspected: no</li>", "Still to do", "not yet taken: ");
    // codes, process keys and user ids are not what a reader sees
    assertThat(page).doesNotContain(": PUPIL", "pupil-behaviour", "safeguarding-referral", "> head<", "by head",
        "by teacher", "Deadline: ");
    // due times as "5 November 2026, 14:00 GMT", in the school's zone with the zone named
    assertThat(page).containsPattern("<td>\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)");
    // the case's classification is passed to every path: shown once, not once per path
    assertThat(page.split("Who posted it: ", -1)).hasSize(2);

    // the JSON keeps its fields for programs and carries the words beside them
    List<Map<String, Object>> events = events("dsl", reference);
    Map<String, Object> reported = events.get(0);
    assertThat(reported).containsEntry("by", "teacher").containsEntry("byName", "Terry Teacher")
        .containsEntry("path", "social-media-concern").containsEntry("pathName", "Social media concern");
    assertThat(events).filteredOn(e -> "Who posted it: PUPIL".equals(e.get("what"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("said", "Who posted it: A pupil"));
    assertThat(events).filteredOn(e -> "Criminal offence suspected: no".equals(e.get("what"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("by", "head").containsEntry("byName", "Helen Head")
            .containsEntry("withTask", true));
  }

  @Test
  void a_parents_meeting_notes_stand_escaped_under_the_meeting_and_no_other_free_text_is_shown() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PARENT", "reporterName", "Rowan Reporter")).getId();
    cases.triage(caseId);
    String parent = cases.path(caseId, "parent-conduct");
    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "NONE", "screeningNotes", "Nothing about staff here");
    String meeting = cases.task(parent, "meet-parent").getId();
    String day = PathWork.today();
    ResponseEntity<String> met = rest.post("head", "/engine-rest/task/" + meeting + "/submit-form", Map.of("variables",
        Rest.typed(Map.of("meetingDate", day, "meetingNotes", "Mr <script>alert(1)</script> & Mrs Parent came.\nAgreed: post removed"))));
    assertThat(met.getStatusCode()).as(String.valueOf(met.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    cases.runJobs();
    String reference = reference(caseId);

    String page = asBrowser("head", "/cases/" + reference + "/chronology").getBody();

    // under the meeting, as written and escaped, its line break kept
    String notes = "Mr &lt;script&gt;alert(1)&lt;/script&gt; &amp; Mrs Parent came.<br>Agreed: post removed";
    assertThat(page).contains("<strong>Done: Meet the parent or carer</strong> by Helen Head", notes,
        "Meeting held on " + PlainDates.day(LocalDate.parse(day))).doesNotContain("<script>");
    assertThat(page.indexOf(notes)).isGreaterThan(page.indexOf("Done: Meet the parent or carer"));
    assertThat(page.split("Agreed: post removed", -1)).as("shown once, under its meeting").hasSize(2);
    // other free text stays in the forms: the summary, the name typed in the report, another step's notes
    assertThat(page).doesNotContain("abusive comments", "Rowan Reporter", "Nothing about staff here", "facebook.example");
    assertThat(events("head", reference)).filteredOn(e -> e.get("meeting") != null).singleElement()
        .satisfies(e -> assertThat(((Map<?, ?>) e.get("meeting")).get("notes")).isEqualTo(
            "Mr <script>alert(1)</script> & Mrs Parent came.\nAgreed: post removed"));

    // who may not see the case still gets the same refusal, and the notes nowhere
    for (String refused : List.of("teacher", "teacher2", "governor")) {
      ResponseEntity<String> answer = asBrowser(refused, "/cases/" + reference + "/chronology");
      assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(refused).contains("No such case for you.").doesNotContain("Mrs Parent");
      assertThat(rest.get(refused, "/cases/" + reference + "/chronology.json").getBody()).as(refused)
          .doesNotContain("Mrs Parent");
    }
  }

  @Test
  void a_browser_refused_a_case_reads_a_page_in_words() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(caseId);

    ResponseEntity<String> refused = asBrowser("teacher2", "/cases/" + reference(caseId) + "/chronology");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.getBody()).contains("<h1>Nothing to show here</h1>", "No such case for you.")
        .doesNotContain("{\"message\"", "Who posted it");
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

  /** A browser opening a page, signed in with HTTP Basic. */
  private ResponseEntity<String> asBrowser(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return http.withBasicAuth(user, password).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
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
