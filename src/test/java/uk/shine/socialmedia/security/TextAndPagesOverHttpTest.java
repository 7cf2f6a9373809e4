package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.imagepublication.ConsentRegister;
import uk.shine.socialmedia.imagepublication.PupilConsent;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * Over real HTTP, as the people who could try it: text nobody can store (control characters,
 * bidirectional overrides, half surrogate pairs, dates before 1900), the application's own pages
 * asked from another website, and bodies too large to read.
 */
@CaseEngineTest
class TextAndPagesOverHttpTest {

  private static final String UNSAFE = "contains characters that cannot be stored safely";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EVIL = "https://evil.example";
  private static final String FOREIGN = "Requests from another website are not accepted here";
  private static final String CONSENT_IMPORT = "/school-records/image-consent";
  private static final String CONSENT = "pupil_reference,website,social_media,press,print,restricted\nP1,yes,yes,yes,yes,no\n";
  private static final long FIFTY_FIVE_MB = 55L * 1024 * 1024;

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ConsentRegister register;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired TestRestTemplate http;
  @Value("${socialmedia.demo-users.password}") String password;
  @LocalServerPort int port;

  static Stream<Arguments> unsafeReports() {
    return Stream.of(
        Arguments.of("a NUL in the summary", "summary", "Posted a photo\u0000 of the class",
            "What was posted or done (summary) " + UNSAFE),
        Arguments.of("a right-to-left override in the platform", "platform", "Face\u202Ekoob",
            "Where was it posted? (platform) " + UNSAFE),
        Arguments.of("a bell in the reporter's name", "reporterName", "Terry\u0007 Teacher",
            "Your name (reporterName) " + UNSAFE),
        Arguments.of("a line break in the web address", "postUrl", "https://facebook.example/\r\nSet-Cookie: x",
            "Web address (if you have it) (postUrl) " + UNSAFE),
        Arguments.of("a date in the year 1", "occurredOn", "0001-01-01",
            "When did it happen (or when did you see it)? (occurredOn) cannot be before 1900"),
        Arguments.of("a date in 1899", "occurredOn", "1899-12-31",
            "When did it happen (or when did you see it)? (occurredOn) cannot be before 1900"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unsafeReports")
  void a_report_with_unsafe_text_or_an_impossible_date_is_refused_naming_the_field(String why, String variable,
      String value, String message) {
    long before = reports();

    ResponseEntity<String> answer = rest.report("teacher", report(variable, value));

    assertThat(answer.getStatusCode()).as(why).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).as(why).contains(message);
    assertThat(reports()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void a_lone_surrogate_sent_as_a_json_escape_is_refused() throws Exception {
    long before = reports();
    // the escape itself on the wire, as a hostile client writes it; Java would not encode half a pair
    String body = JSON.writeValueAsString(Map.of("variables", Rest.typed(report("reporterName", "Terry HALF"))))
        .replace("HALF", "\\ud800");

    ResponseEntity<String> answer = rest.post("teacher", "/engine-rest/process-definition/key/social-media-concern/start", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Your name (reporterName) " + UNSAFE);
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void a_task_completion_with_a_control_character_is_refused_and_the_task_stays_open() {
    String caseId = cases.reportAndRoute(report()).getId();
    String triage = cases.task(caseId, "triage").getId();

    ResponseEntity<String> answer = rest.post("head", "/engine-rest/task/" + triage + "/complete", Map.of("variables",
        Rest.typed(Map.of("perpetratorType", "PARENT", "victimType", "NONE", "safeguardingConcern", false,
            "criminalSuspicion", false, "noFurtherAction", true, "noFurtherActionReason", "Duplicate\u001b[2J"))));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Why no further action is needed (noFurtherActionReason) " + UNSAFE);
    assertThat(cases.hasTask(caseId, "triage")).isTrue();
    assertThat(runtime.getVariable(caseId, "noFurtherActionReason")).isNull();

    // several lines are what a long answer is for
    ResponseEntity<String> lines = rest.post("head", "/engine-rest/task/" + triage + "/complete", Map.of("variables",
        Rest.typed(Map.of("perpetratorType", "PARENT", "victimType", "NONE", "safeguardingConcern", false,
            "criminalSuspicion", false, "noFurtherAction", true, "noFurtherActionReason", "Duplicate\r\n\tof an earlier case"))));
    assertThat(lines.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void a_variable_no_form_knows_is_checked_as_it_is_stored_and_named_by_its_name() {
    long before = reports();

    ResponseEntity<String> answer = rest.report("teacher", report("note", "see \u2066attached\u2069"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains(": note " + UNSAFE);
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void comments_task_names_and_user_names_are_checked() {
    String caseId = cases.reportAndRoute(report()).getId();
    String triage = cases.task(caseId, "triage").getId();

    ResponseEntity<String> comment = rest.post("head", "/engine-rest/task/" + triage + "/comment/create",
        Map.of("message", "Spoke to the \u202Eparent"));
    assertThat(comment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(comment.getBody()).contains("Comment (message) " + UNSAFE);
    assertThat(tasks.getTaskComments(triage)).isEmpty();

    ResponseEntity<String> rename = rest.put("head", "/engine-rest/task/" + triage,
        Map.of("name", "Triage\u0000", "priority", 50));
    assertThat(rename.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rename.getBody()).contains("Task name (name) " + UNSAFE);
    assertThat(tasks.createTaskQuery().taskId(triage).singleResult().getName()).isEqualTo("Triage the report");

    ResponseEntity<String> profile = rest.put("admin", "/engine-rest/user/teacher/profile",
        Map.of("id", "teacher", "firstName", "Terry\u202E", "lastName", "Teacher", "email", "teacher@villiers-primary.example"));
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(profile.getBody()).contains("First name (firstName) " + UNSAFE);
    assertThat(identity.createUserQuery().userId("teacher").singleResult().getFirstName()).isEqualTo("Terry");
  }

  // ---- the application's own pages: another site's requests and oversized bodies

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/audit", "/audit/api/cases", "/audit/api/cases.csv", "/cases/SMC-2026-0001/chronology",
      "/cases/SMC-2026-0001/chronology.json", "/cases/SMC-2026-0001/read-log", "/letters/1/outcome", "/retention",
      "/retention/api/cases", "/subject-access", "/subject-access/export", "/mailbox"})
  void every_page_refuses_a_request_from_another_site_even_with_a_password(String path) {
    ResponseEntity<String> answer = page(HttpMethod.GET, path, "governor", "Origin", EVIL, null);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(answer.getBody()).contains(FOREIGN);
  }

  @Test
  void the_audit_answers_its_own_site_and_a_caller_without_an_origin() {
    assertThat(page(HttpMethod.GET, "/audit/api/cases", "governor", "Origin", "http://localhost:" + port, null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page(HttpMethod.GET, "/audit/api/cases", "governor", "Referer", EVIL + "/page", null)
        .getStatusCode()).as("a link followed from elsewhere is only reading").isEqualTo(HttpStatus.OK);
    assertThat(rest.get("governor", "/audit/api/cases").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void the_consent_import_refuses_another_sites_origin_or_referer_and_imports_nothing() {
    List<PupilConsent> before = register.all("villiers");

    for (String header : List.of("Origin", "Referer")) {
      ResponseEntity<String> answer = page(HttpMethod.POST, CONSENT_IMPORT, "head", header, EVIL + "/form", CONSENT);

      assertThat(answer.getStatusCode()).as(header).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).as(header).contains(FOREIGN);
    }
    assertThat(page(HttpMethod.POST, CONSENT_IMPORT, "head", "Origin", "null", CONSENT).getStatusCode())
        .as("an opaque origin is not ours").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(register.all("villiers")).isEqualTo(before);
  }

  @Test
  void a_body_that_only_claims_to_be_55_megabytes_is_refused_on_its_length() throws Exception {
    List<PupilConsent> before = register.all("villiers");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(head("Content-Length: " + FIFTY_FIVE_MB).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      // nothing of the body is sent: a server that waited to read it would time out here
      assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
    }
    assertThat(register.all("villiers")).isEqualTo(before);
  }

  @Test
  void a_streamed_55_megabyte_body_is_refused_after_the_first_megabyte() throws Exception {
    List<PupilConsent> before = register.all("villiers");
    AtomicLong sent = new AtomicLong();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      Thread sender = new Thread(() -> {
        byte[] chunk = ("10000\r\n" + "P1,yes,yes,no,no,no\n".repeat(65536 / 20) + "\n".repeat(65536 % 20) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        try {
          while (sent.get() < FIFTY_FIVE_MB) {
            out.write(chunk);
            sent.addAndGet(65536);
          }
        } catch (IOException closedByTheServer) {
          // expected: the server answered and stopped reading
        }
      });
      sender.start();

      String status = statusLine(socket);
      long sentWhenAnswered = sent.get();

      assertThat(status).startsWith("HTTP/1.1 413");
      assertThat(sentWhenAnswered).as("bytes sent before the answer").isLessThan(FIFTY_FIVE_MB);
      socket.close();
      sender.join(10_000);
    }
    assertThat(register.all("villiers")).isEqualTo(before);
  }

  // ---- spreadsheet cells

  @Test
  void the_audit_csv_writes_a_formula_as_text() {
    String caseId = cases.reportAndRoute(report()).getId();
    // no person can set a case's reference (the case gives itself one, and a tab in it would be refused):
    // a formula is planted here to see the CSV defuse it
    engine.getCommandExecutorTxRequired().execute(context -> {
      context.getExecutionManager().findExecutionById(caseId)
          .setProcessBusinessKey("=HYPERLINK(\"//evil.example\")");
      return null;
    });
    cases.triage(caseId, "noFurtherAction", true, "noFurtherActionReason", "duplicate");

    ResponseEntity<String> csv = rest.get("governor", "/audit/api/cases.csv");

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    // the reference is the second cell, after the case's school (none here)
    assertThat(csv.getBody()).contains("\r\n,\"'=HYPERLINK(\"\"//evil.example\"\")\",")
        .doesNotContain("\n=").doesNotContain("\n\"=").doesNotContain(",=").doesNotContain(",\"=");
  }

  private ResponseEntity<String> page(HttpMethod method, String path, String user, String header, String value,
      String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.add(header, value);
    if (csv != null) {
      headers.setContentType(MediaType.parseMediaType("text/csv"));
    }
    return http.exchange(path, method, new HttpEntity<>(csv, headers), String.class);
  }

  private String head(String lengthHeader) {
    String basic = Base64.getEncoder().encodeToString(("head:" + password).getBytes(StandardCharsets.UTF_8));
    return "POST " + CONSENT_IMPORT + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + basic
        + "\r\nContent-Type: text/csv\r\n" + lengthHeader + "\r\n\r\n";
  }

  private static String statusLine(Socket socket) throws IOException {
    return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
  }

  private long reports() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("social-media-concern").count();
  }
}
