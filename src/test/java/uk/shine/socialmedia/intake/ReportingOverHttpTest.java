package uk.shine.socialmedia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/** A report over real HTTP: what is accepted, what is refused and why, and that a refusal leaves nothing behind. */
@CaseEngineTest
class ReportingOverHttpTest {

  @Autowired Rest rest;
  @Autowired HistoryService history;
  @Autowired Cases cases;

  @Test
  void a_member_of_staff_reports_a_concern_and_the_case_starts() {
    ResponseEntity<String> started = rest.report("teacher", report());

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).contains("\"businessKey\":\"SMC-");
  }

  @Test
  void the_start_form_is_there_for_a_member_of_staff() {
    ResponseEntity<String> form = rest.get("teacher",
        "/engine-rest/process-definition/key/social-media-concern/deployed-start-form");

    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"id\": \"report-concern\"").contains("never ask a child to send it");
  }

  static Stream<Arguments> badReports() {
    String tomorrow = LocalDate.now().plusDays(2).toString();
    return Stream.of(
        Arguments.of("no summary", report("summary", ""), "summary"),
        Arguments.of("no reporter name", without("reporterName"), "reporterName"),
        Arguments.of("no date", without("occurredOn"), "occurredOn"),
        Arguments.of("no perpetrator type", without("perpetratorType"), "perpetratorType"),
        Arguments.of("a role outside the list", report("reporterRole", "BOSS"), "reporterRole"),
        Arguments.of("a victim outside the list", report("victimType", "EVERYONE"), "victimType"),
        Arguments.of("a date that does not exist", report("occurredOn", "2026-02-30"), "occurredOn"),
        Arguments.of("a date written the British way", report("occurredOn", "31/12/2026"), "occurredOn"),
        Arguments.of("a date in the future", report("occurredOn", tomorrow), "occurredOn"),
        Arguments.of("a summary over 4000 characters", report("summary", "x".repeat(4001)), "summary"),
        Arguments.of("a web address that is not one", report("postUrl", "javascript:alert(1)"), "postUrl"),
        Arguments.of("an unknown subject", report("subjectUserId", "nobody42"), "subjectUserId"),
        Arguments.of("a yes/no answer given as text", report("indecentImagery", Map.of("value", "yes", "type", "String")),
            "indecentImagery"),
        Arguments.of("personal data disclosed given as text", report("personalDataDisclosed",
            Map.of("value", "yes", "type", "String")), "personalDataDisclosed"),
        Arguments.of("a variable that is not part of a report", report("caseManagerGroup", "staff"), "caseManagerGroup"),
        Arguments.of("a file", report("evidence", Map.of("value", Base64.getEncoder().encodeToString("img".getBytes()),
            "type", "File", "valueInfo", Map.of("filename", "screen.png"))), "evidence"),
        Arguments.of("bytes", report("evidence", Map.of("value", Base64.getEncoder().encodeToString("img".getBytes()),
            "type", "Bytes")), "evidence"),
        Arguments.of("a Java-serialized object", report("evidence", Map.of("value", "rO0ABXQAA2ltZw==", "type", "Object",
            "valueInfo", Map.of("objectTypeName", "java.lang.String",
                "serializationDataFormat", "application/x-java-serialized-object"))), "Serialized Java objects are not accepted"));
  }

  @ParameterizedTest(name = "{0} is refused: {2}")
  @MethodSource("badReports")
  void a_bad_report_is_refused_with_a_message_naming_the_variable_and_leaves_nothing_behind(String why,
      Map<String, Object> report, String variable) {
    long before = casesStarted();

    ResponseEntity<String> refused = rest.report("teacher", report);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(variable);
    assertThat(casesStarted()).isEqualTo(before);
  }

  @Test
  void nobody_can_report_anonymously() {
    assertThat(rest.report(null, report()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void a_governor_cannot_start_a_case() {
    long before = casesStarted();

    // governors cannot even see the process: the engine answers as if it did not exist
    assertThat(rest.report("governor", report()).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(casesStarted()).isEqualTo(before);
  }

  @Test
  void an_attachment_upload_is_refused() {
    String caseId = cases.reportAndRoute(report()).getId();
    String taskId = cases.task(caseId, "triage").getId();
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("attachment-name", "screenshot");
    parts.add("content", "fake image bytes");

    ResponseEntity<String> refused = rest.upload("head", "/engine-rest/task/" + taskId + "/attachment/create", parts);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(refused.getBody()).contains("describe the evidence");
  }

  @Test
  void the_admin_setup_page_cannot_create_an_administrator() {
    ResponseEntity<String> refused = rest.post(null, "/camunda/api/admin/setup/default/user/create",
        Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "intruder")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_head_teacher_triages_over_rest_with_only_what_the_form_allows() {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    String taskId = cases.task(caseId, "triage").getId();
    assertThat(rest.get("head", "/engine-rest/task/" + taskId + "/deployed-form").getBody()).contains("\"id\": \"triage\"");
    String complete = "/engine-rest/task/" + taskId + "/complete";

    ResponseEntity<String> sneaky = rest.post("head", complete,
        Map.of("variables", Rest.typed(Map.of("perpetratorType", "PUPIL", "victimType", "NONE", "caseManagerGroup", "staff"))));
    ResponseEntity<String> noReason = rest.post("head", complete,
        Map.of("variables", Rest.typed(Map.of("perpetratorType", "PUPIL", "victimType", "NONE", "noFurtherAction", true))));
    ResponseEntity<String> done = rest.post("head", complete,
        Map.of("variables", Rest.typed(Map.of("perpetratorType", "PUPIL", "victimType", "PUPIL", "criminalSuspicion", false))));

    assertThat(sneaky.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sneaky.getBody()).contains("caseManagerGroup");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("noFurtherActionReason");
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    cases.runJobs();
    assertThat(cases.pathsOf(caseId)).containsExactly("pupil-behaviour");
  }

  private long casesStarted() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("social-media-concern").count();
  }

  private static Map<String, Object> without(String variable) {
    Map<String, Object> report = report();
    report.remove(variable);
    return report;
  }
}
