package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Rest;

/**
 * One hostile request per test case, sent over real HTTP, and how it is refused: status and message.
 * The catalogue is docs/security.md.
 */
@CaseEngineTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsOverHttpTest {

  /** Would run code on the server if the engine evaluated it. */
  static final String CODE = "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}";
  static final String NO_EXPRESSIONS = "Expressions are not accepted in queries";
  static final String NOT_IN_A_FILTER = "This filter expression is not allowed";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired RuntimeService runtime;

  static Stream<Arguments> everyApiFamily() {
    return Stream.of(
        Arguments.of("GET", "/engine-rest/process-definition"),
        Arguments.of("POST", "/engine-rest/process-definition/key/social-media-concern/start"),
        Arguments.of("GET", "/engine-rest/process-instance"),
        Arguments.of("GET", "/engine-rest/execution"),
        Arguments.of("GET", "/engine-rest/task"),
        Arguments.of("GET", "/engine-rest/history/process-instance"),
        Arguments.of("GET", "/engine-rest/history/task"),
        Arguments.of("GET", "/engine-rest/history/variable-instance"),
        Arguments.of("GET", "/engine-rest/variable-instance"),
        Arguments.of("GET", "/engine-rest/deployment"),
        Arguments.of("GET", "/engine-rest/job"),
        Arguments.of("GET", "/engine-rest/job-definition"),
        Arguments.of("GET", "/engine-rest/incident"),
        Arguments.of("GET", "/engine-rest/batch"),
        Arguments.of("GET", "/engine-rest/user"),
        Arguments.of("GET", "/engine-rest/group"),
        Arguments.of("GET", "/engine-rest/tenant"),
        Arguments.of("GET", "/engine-rest/identity/groups?userId=admin"),
        Arguments.of("GET", "/engine-rest/authorization"),
        Arguments.of("GET", "/engine-rest/filter"),
        Arguments.of("POST", "/engine-rest/message"),
        Arguments.of("POST", "/engine-rest/signal"),
        Arguments.of("POST", "/engine-rest/external-task/fetchAndLock"),
        Arguments.of("GET", "/engine-rest/decision-definition"),
        Arguments.of("GET", "/engine-rest/version"));
  }

  @ParameterizedTest(name = "anonymous {0} {1} is refused")
  @MethodSource("everyApiFamily")
  void anonymous_calls_to_every_api_family_are_refused(String method, String path) {
    ResponseEntity<String> refused = method.equals("GET") ? rest.get(null, path) : rest.post(null, path, Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(refused.getBody()).contains("Log in first");
  }

  @Test
  void the_admin_setup_refuses_a_stranger_even_when_camunda_admin_is_empty() {
    identity.deleteMembership("admin", "camunda-admin");
    try {
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isZero();

      ResponseEntity<String> refused = rest.post(null, "/camunda/api/admin/setup/default/user/create",
          Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "I"),
              "credentials", Map.of("password", "Intruder-2026!")));

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("setup is closed");
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identity.createMembership("admin", "camunda-admin");
    }
  }

  @Test
  void an_expression_inside_or_queries_is_refused_over_rest() {
    ResponseEntity<String> refused = rest.post("teacher", "/engine-rest/task",
        Map.of("orQueries", List.of(Map.of("assigneeExpression", CODE))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(NO_EXPRESSIONS).contains("assigneeExpression");
  }

  @Test
  void an_expression_in_a_query_parameter_is_refused() {
    ResponseEntity<String> refused = rest.get("teacher",
        "/engine-rest/task?candidateGroupsExpression=" + URLEncoder.encode(CODE, StandardCharsets.UTF_8));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(NO_EXPRESSIONS).contains("candidateGroupsExpression");
  }

  @Test
  void an_expression_inside_or_queries_is_refused_in_the_webapps_too() {
    Rest.Browser tasklist = rest.tasklist("head", "http://localhost");

    ResponseEntity<String> refused = tasklist.post("/camunda/api/engine/engine/default/task",
        Map.of("orQueries", List.of(Map.of("processInstanceBusinessKeyExpression", CODE))));
    ResponseEntity<String> filter = tasklist.post("/camunda/api/engine/engine/default/filter/create",
        Map.of("resourceType", "Task", "name", "Mine", "query", Map.of("assigneeExpression", CODE)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(NO_EXPRESSIONS);
    assertThat(filter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filter.getBody()).contains(NOT_IN_A_FILTER);
  }

  @Test
  void a_least_privileged_user_cannot_create_a_filter_with_any_expression() {
    ResponseEntity<String> code = rest.post("teacher", "/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "Mine", "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", CODE)))));
    ResponseEntity<String> allowed = rest.post("teacher", "/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "Mine", "query", Map.of("assigneeExpression", "${currentUser()}")));

    assertThat(code.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(code.getBody()).contains(NOT_IN_A_FILTER);
    // only the administrator creates filters (AccessSetup grants nobody else CREATE)
    assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(allowed.getBody()).contains("CREATE").contains("Filter");
  }

  @Test
  void even_the_administrator_saves_only_the_expressions_tasklist_filters_need() {
    ResponseEntity<String> code = rest.post("admin", "/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "Due soon", "query", Map.of("dueBeforeExpression", CODE)));
    ResponseEntity<String> created = rest.post("admin", "/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "Due soon", "query", Map.of("candidateGroupsExpression", "${currentUserGroups()}",
            "dueBeforeExpression", "${dateTime().plusDays(3).toDate()}")));
    String filterId = created.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    try {
      ResponseEntity<String> updated = rest.put("admin", "/engine-rest/filter/" + filterId, Map.of("resourceType", "Task",
          "name", "Due soon", "query", Map.of("orQueries", List.of(Map.of("dueBeforeExpression", CODE)))));
      ResponseEntity<String> extended = rest.post("head", "/engine-rest/filter/" + filterId + "/list",
          Map.of("assigneeExpression", "${currentUser()}"));

      assertThat(code.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(code.getBody()).contains(NOT_IN_A_FILTER).contains("dueBeforeExpression");
      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(updated.getBody()).contains(NOT_IN_A_FILTER);
      // running a filter takes no expression either: only saving one does
      assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(extended.getBody()).contains(NO_EXPRESSIONS);
    } finally {
      filters.deleteFilter(filterId);
    }
  }

  @Test
  void a_list_over_the_query_limit_is_refused_and_one_without_paging_is_bounded() {
    ResponseEntity<String> tooMany = rest.get("head", "/engine-rest/task?maxResults=5000");
    ResponseEntity<String> unpaged = rest.get("head", "/engine-rest/history/process-instance");

    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("Max results limit of 2000 exceeded");
    assertThat(unpaged.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void there_is_no_database_console() {
    ResponseEntity<String> console = rest.get(null, "/h2-console");

    assertThat(console.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(console.getBody()).doesNotContainIgnoringCase("h2 console").doesNotContain("jdbc");
  }

  @Test
  void a_server_error_gives_a_reference_and_no_internals(CapturedOutput log) {
    // a first name longer than its database column fails in the persistence layer
    ResponseEntity<String> failed = rest.post("admin", "/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "longname", "firstName", "x".repeat(300), "lastName", "L"),
        "credentials", Map.of("password", "Long-name-2026!")));

    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(failed.getBody()).contains("\"type\":\"ServerError\"").contains("reference")
        .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("persistence")
        .doesNotContain("ENGINE-").doesNotContain("ACT_").doesNotContain("at org.");
    String reference = failed.getBody().replaceAll(".*reference: ([0-9a-f]+).*", "$1");
    assertThat(log.getOut()).contains("POST /engine-rest/user/create answered 500: reference " + reference)
        .doesNotContain("x".repeat(300));
  }

  static Stream<Arguments> malformedValues() {
    return Stream.of(
        Arguments.of("a reporter name over 200 characters", report("reporterName", "n".repeat(201)), "reporterName"),
        Arguments.of("a platform over 100 characters", report("platform", "p".repeat(101)), "platform"),
        Arguments.of("a summary of 100 000 characters", report("summary", "s".repeat(100_000)), "summary"),
        Arguments.of("a date as a Date value", report("occurredOn", Map.of("value", "2026-02-30T00:00:00.000+0000",
            "type", "Date")), "occurredOn"),
        Arguments.of("a date with the time in it", report("occurredOn", "2026-01-05T10:00"), "occurredOn"),
        Arguments.of("a number for a yes/no answer", report("threatOfHarm", Map.of("value", 1, "type", "Integer")),
            "threatOfHarm"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("malformedValues")
  void over_long_and_malformed_values_are_refused(String why, Map<String, Object> report, String variable) {
    ResponseEntity<String> refused = rest.report("teacher", report);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(variable).doesNotContain("at org.");
  }

  @Test
  void a_body_that_is_not_json_or_too_large_is_refused() {
    ResponseEntity<String> broken = rest.post("teacher", "/engine-rest/process-definition/key/social-media-concern/start",
        "{\"variables\": {\"summary\": ");
    ResponseEntity<String> huge = rest.report("teacher", report("summary", "s".repeat(2 * 1024 * 1024)));

    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getBody()).contains("not valid JSON");
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(huge.getBody()).contains("too large");
  }

  @Test
  void expression_like_text_is_stored_verbatim_and_never_evaluated() {
    String summary = "Posted " + CODE + " and #{7*7} and ${1+1} under the school's photo";
    ResponseEntity<String> started = rest.report("teacher", report("summary", summary, "reporterName", "#{7*7}"));
    String caseId = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.getVariable(caseId, "summary")).isEqualTo(summary);
    assertThat(runtime.getVariable(caseId, "reporterName")).isEqualTo("#{7*7}");
    assertThat(rest.get("dsl", "/engine-rest/process-instance/" + caseId + "/variables/reporterName").getBody())
        .contains("\"value\":\"#{7*7}\"");
  }

  @Test
  void two_people_completing_one_task_at_once_get_one_success_and_one_clean_refusal() throws Exception {
    String caseId = cases.reportAndRoute(report("perpetratorType", "PUPIL")).getId();
    String complete = "/engine-rest/task/" + cases.task(caseId, "triage").getId() + "/complete";
    Map<String, Object> answers = Map.of("variables", Rest.typed(Map.of("perpetratorType", "PUPIL",
        "victimType", "NONE", "criminalSuspicion", false, "noFurtherAction", false)));

    List<ResponseEntity<String>> answered = atOnce(() -> rest.post("head", complete, answers));

    assertThat(answered).extracting(ResponseEntity::getStatusCode)
        .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, answered.stream().map(ResponseEntity::getStatusCode)
            .filter(status -> status.value() == 409 || status.value() == 404).findFirst().orElse(HttpStatus.I_AM_A_TEAPOT));
    String refusal = answered.stream().filter(a -> a.getStatusCode().is4xxClientError()).findFirst().orElseThrow().getBody();
    assertThat(refusal).containsAnyOf("Someone else changed this at the same time", "no longer open")
        .doesNotContain("ENGINE-").doesNotContain("at org.");
    cases.runJobs();
    assertThat(cases.pathsOf(caseId)).containsExactly("pupil-behaviour");
  }

  @Test
  void a_report_submitted_twice_becomes_two_cases_with_their_own_references() throws Exception {
    Map<String, Object> report = report("summary", "The same report, sent twice by a double click");

    List<ResponseEntity<String>> answered = atOnce(() -> rest.report("teacher", report));

    assertThat(answered).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
    assertThat(answered).extracting(a -> a.getBody().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1"))
        .doesNotHaveDuplicates().allMatch(reference -> reference.startsWith("SMC-"));
  }

  /** The same request twice, released together. */
  private static List<ResponseEntity<String>> atOnce(Callable<ResponseEntity<String>> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
      List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(threads.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      List<ResponseEntity<String>> answered = new ArrayList<>();
      for (Future<ResponseEntity<String>> future : futures) {
        answered.add(future.get());
      }
      return answered;
    } finally {
      threads.shutdown();
    }
  }
}
