package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * What only the application does to a case, tried over HTTP by the people who would try it: starting
 * a process anywhere but at its start, moving a running case by hand (modification, restart,
 * migration), skipping listeners or mappings, and sending messages, signals and conditions.
 */
@CaseEngineTest
class EngineCommandsOverHttpTest {

  private static final String START_AT_THE_START = "A case or request can only be started from its form, at its first step";
  private static final String NOT_BY_HAND = "Cases cannot be moved to another step, restarted or moved to another version by hand";
  private static final String NO_SKIPPING = "A case always runs all of its own steps";
  private static final String APPLICATION_ONLY = "Messages, signals and conditions are sent to cases by the application only";
  private static final String CASE = "/engine-rest/process-definition/key/social-media-concern";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  static Stream<Arguments> startsAtALaterStep() {
    return Stream.of(
        Arguments.of("skipping intake, straight to their own triage", CASE, Map.of(
            "variables", Rest.typed(report("caseManagerGroup", "staff")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "triage")))),
        Arguments.of("an invented closed case for the governors' audit", CASE, Map.of(
            "variables", Rest.typed(report("outcomeCategory", "ACTION_TAKEN", "caseReference", "SMC-260101-AAAAA")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "case-closed")))),
        Arguments.of("past intake, reusing a case reference", CASE, Map.of(
            "businessKey", "SMC-260101-AAAAA", "variables", Rest.typed(report("caseReference", "SMC-260101-AAAAA")),
            "startInstructions", List.of(Map.of("type", "startAfterActivity", "activityId", "concern-reported")))),
        Arguments.of("an image publication approved without the consent check",
            "/engine-rest/process-definition/key/image-publication", Map.of(
            "variables", Rest.typed(Map.of("publicationDecision", "APPROVED", "imageDescription", "Sports day")),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "path-finished")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("startsAtALaterStep")
  void a_member_of_staff_cannot_start_a_process_anywhere_but_at_its_start(String attempt, String definition,
      Map<String, Object> body) {
    long instances = history.createHistoricProcessInstanceQuery().count();

    ResponseEntity<String> refused = rest.post("teacher", definition + "/start", body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains(START_AT_THE_START);
    assertThat(history.createHistoricProcessInstanceQuery().count()).as("no instance started").isEqualTo(instances);
  }

  @Test
  void the_same_start_through_the_webapps_is_refused_too() {
    long instances = history.createHistoricProcessInstanceQuery().count();
    Rest.Browser tasklist = rest.tasklist("teacher", "http://localhost");
    String definition = "/camunda/api/engine/engine/default/process-definition/key/social-media-concern";
    assertThat(tasklist.get(definition).getStatusCode()).as("Tasklist reads the form's process").isEqualTo(HttpStatus.OK);

    ResponseEntity<String> refused = tasklist.post(definition + "/start",
        Map.of("variables", Rest.typed(report()),
            "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "triage"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains(START_AT_THE_START);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("skipFlags")
  void a_start_that_skips_listeners_or_mappings_is_a_plain_400(String flag, String how) {
    long instances = history.createHistoricProcessInstanceQuery().count();
    Map<String, Object> body = new HashMap<>(Map.of("variables", Rest.typed(report()), flag, true));

    ResponseEntity<String> refused = rest.post("teacher", CASE + "/" + how, body);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(NO_SKIPPING);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  static Stream<Arguments> skipFlags() {
    return Stream.of(Arguments.of("skipCustomListeners", "start"), Arguments.of("skipIoMappings", "start"),
        Arguments.of("skipCustomListeners", "submit-form"), Arguments.of("skipIoMappings", "submit-form"));
  }

  @Test
  void start_instructions_sent_with_a_form_are_ignored_and_the_case_goes_through_intake() {
    String existing = cases.reportAndRoute(report()).getProcessInstanceId();
    String reference = runtime.createProcessInstanceQuery().processInstanceId(existing).singleResult().getBusinessKey();

    ResponseEntity<String> started = rest.post("teacher", CASE + "/submit-form", Map.of("businessKey", reference,
        "variables", Rest.typed(report()),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "case-closed"))));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    cases.runJobs();
    String newReference = runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
    assertThat(newReference).startsWith("SMC-").isNotEqualTo(reference);
    assertThat(cases.hasTask(caseId, "triage")).as("intake ran, the case waits for triage").isTrue();
  }

  @Test
  void the_head_teacher_cannot_move_a_running_case_by_hand() {
    String caseId = cases.reportAndRoute(report()).getId();
    List<String> steps = runtime.getActiveActivityIds(caseId);
    long batches = management.createBatchQuery().count();
    Map<String, Object> toClosing = Map.of("skipCustomListeners", false, "instructions", List.of(
        Map.of("type", "startBeforeActivity", "activityId", "close-case"),
        Map.of("type", "cancel", "activityId", "triage")));
    Map<String, Object> manyToClosing = Map.of("processDefinitionId", definitionOf(caseId),
        "processInstanceIds", List.of(caseId),
        "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "close-case")));

    refused(NOT_BY_HAND, List.of(
        rest.post("head", "/engine-rest/process-instance/" + caseId + "/modification", toClosing),
        rest.post("head", "/engine-rest/process-instance/" + caseId + "/modification-async", toClosing),
        rest.post("head", "/engine-rest/modification/execute", manyToClosing),
        rest.post("head", "/engine-rest/modification/executeAsync", manyToClosing)));

    assertThat(runtime.getActiveActivityIds(caseId)).isEqualTo(steps);
    assertThat(cases.hasTask(caseId, "triage")).isTrue();
    assertThat(cases.hasTask(caseId, "close-case")).isFalse();
    assertThat(management.createBatchQuery().count()).as("no batch created").isEqualTo(batches);
  }

  @Test
  void even_the_administrator_with_every_right_cannot_restart_migrate_or_delete_skipping_listeners() {
    String closed = cases.reportAndRoute(report()).getId();
    cases.triage(closed, "noFurtherAction", true, "noFurtherActionReason", "A duplicate report");
    String running = cases.reportAndRoute(report()).getId();
    String definition = definitionOf(running);
    long instances = history.createHistoricProcessInstanceQuery().count();
    long batches = management.createBatchQuery().count();
    List<String> grants = List.of(grant(6), grant(8), grant(13)); // process definitions, instances, batches
    try {
      Map<String, Object> restart = Map.of("processInstanceIds", List.of(closed),
          "instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "close-case")));
      Map<String, Object> migration = Map.of("processInstanceIds", List.of(running), "migrationPlan", Map.of(
          "sourceProcessDefinitionId", definition, "targetProcessDefinitionId", definition,
          "instructions", List.of(Map.of("sourceActivityIds", List.of("triage"), "targetActivityIds", List.of("close-case")))));

      refused(NOT_BY_HAND, List.of(
          rest.post("admin", "/engine-rest/process-definition/" + definition + "/restart", restart),
          rest.post("admin", "/engine-rest/process-definition/" + definition + "/restart-async", restart),
          rest.post("admin", "/engine-rest/migration/execute", migration),
          rest.post("admin", "/engine-rest/migration/executeAsync", migration)));
      ResponseEntity<String> deletion = rest.delete("admin",
          "/engine-rest/process-instance/" + running + "?skipCustomListeners=true&skipIoMappings=true");
      assertThat(deletion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(deletion.getBody()).contains(NO_SKIPPING);
    } finally {
      grants.forEach(id -> rest.delete("admin", "/engine-rest/authorization/" + id));
    }

    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(management.createBatchQuery().count()).isEqualTo(batches);
    assertThat(cases.ended(closed)).isTrue();
    assertThat(cases.hasTask(running, "triage")).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).singleResult().getProcessDefinitionId())
        .isEqualTo(definition);
  }

  @Test
  void a_member_of_staff_cannot_send_the_consent_withdrawn_message() {
    long publications = history.createHistoricProcessInstanceQuery().processDefinitionKey("image-publication").count();

    ResponseEntity<String> refused = rest.post("teacher", "/engine-rest/message", Map.of(
        "messageName", "consent-withdrawn", "processVariables", Rest.typed(Map.of("publicationId", "anything",
            "imageDescription", "Take this down", "requestedBy", "teacher", "takeDownFrom", "the school website"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains(APPLICATION_ONLY);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("image-publication").count())
        .as("no take-down opened").isEqualTo(publications);
  }

  @ParameterizedTest(name = "as {0}")
  @ValueSource(strings = {"teacher", "head"})
  void messages_signals_and_conditions_are_refused_alike_whether_or_not_something_waits(String user) {
    String caseId = cases.reportAndRoute(report()).getId();
    List<String> steps = runtime.getActiveActivityIds(caseId);
    long instances = history.createHistoricProcessInstanceQuery().count();
    Map<String, Object> handOver = Map.of("handedOverPath", "pupil-behaviour", "perpetratorType", "PUPIL");

    Map<String, List<String>> answers = new HashMap<>();
    for (String execution : List.of(caseId, "no-such-execution")) {
      List<ResponseEntity<String>> attempts = List.of(
          rest.post(user, "/engine-rest/message", Map.of("messageName", "hand-over-path", "processInstanceId", execution,
              "processVariablesLocal", Rest.typed(handOver))),
          rest.post(user, "/engine-rest/message", Map.of("messageName", "hand-over-path", "all", true,
              "processVariables", Rest.typed(handOver))),
          rest.post(user, "/engine-rest/process-instance/message-async", Map.of("messageName", "hand-over-path",
              "processInstanceIds", List.of(execution))),
          rest.post(user, "/engine-rest/execution/" + execution + "/messageSubscriptions/hand-over-path/trigger",
              Map.of("variables", Rest.typed(handOver))),
          rest.post(user, "/engine-rest/execution/" + execution + "/signal", Map.of()),
          rest.post(user, "/engine-rest/signal", Map.of("name", "anything", "executionId", execution)),
          rest.post(user, "/engine-rest/condition", Map.of("variables", Rest.typed(handOver))));
      refused(APPLICATION_ONLY, attempts);
      answers.put(execution, attempts.stream().map(refused -> refused.getBody().replace(execution, "ID")).toList());
    }
    // a case waiting for the message and nothing at all get the same answers: only the id sent differs
    assertThat(answers.get(caseId)).isEqualTo(answers.get("no-such-execution"));

    assertThat(runtime.getActiveActivityIds(caseId)).isEqualTo(steps);
    assertThat(cases.pathsOf(caseId)).as("no path handed over").isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void the_applications_own_message_still_opens_a_take_down_when_the_head_imports_consent_over_http() {
    String register = """
        pupil_reference,website,social_media,press,print,restricted
        P100,yes,yes,no,yes,no
        P200,yes,no,no,yes,no
        """;
    assertThat(rest.postCsv("head", "/school-records/image-consent", register).getStatusCode()).isEqualTo(HttpStatus.OK);
    identity.setAuthentication("teacher", List.of("staff"), cases.schoolsOf("teacher"));
    String publication = runtime.startProcessInstanceByKey("image-publication", Map.of("imageDescription", "Choir",
        "pupilReferences", "P200", "channelWebsite", true, "publicationDate", PathWork.today())).getId();
    identity.clearAuthentication();
    cases.runJobs();
    identity.setAuthentication("slt", List.of("slt", "staff"), cases.schoolsOf("slt"));
    tasks.complete(cases.task(publication, "check-consent").getId(),
        Map.of("decisionWebsite", "APPROVED", "everyChildChecked", true));
    identity.clearAuthentication();
    cases.runJobs();

    ResponseEntity<String> imported = rest.postCsv("head", "/school-records/image-consent",
        register.replace("P200,yes,no", "P200,no,no"));

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.createTaskQuery().processVariableValueEquals("publicationId", publication)
        .taskDefinitionKey("take-down-images").count()).isEqualTo(1);
  }

  private static void refused(String message, List<ResponseEntity<String>> attempts) {
    for (ResponseEntity<String> attempt : attempts) {
      assertThat(attempt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(attempt.getBody()).contains(message);
    }
  }

  private String definitionOf(String instanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
  }

  /** The administrator grants itself every permission on a kind of resource (as it can), returning the grant's id. */
  private String grant(int resourceType) {
    ResponseEntity<String> created = rest.post("admin", "/engine-rest/authorization/create", Map.of("type", 1,
        "userId", "admin", "resourceType", resourceType, "resourceId", "*", "permissions", List.of("ALL")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
    return created.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
  }
}
