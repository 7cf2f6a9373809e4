package uk.shine.socialmedia.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * Who may put whom on a task (security.TaskWorkRules), and the task and job calls that used to answer
 * HTTP 500. The task is a police referral, offered to the head teacher (who manages the case) and the DSL.
 */
@CaseEngineTest
class TaskAssignmentOverHttpTest {

  private static final String CASE_MANAGER_ONLY = "Only the case manager can give this task to someone else";
  private static final String NOT_OFFERED = "A task can be given only to someone in a group it is offered to";
  private static final String BINARY = "Files, pictures and other binary content are not accepted";

  @Autowired Rest rest;
  @Autowired Cases cases;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;

  /** An open police referral of a new case (a parent's post, criminal suspicion at triage). */
  private String policeReferral(Object... report) {
    String caseId = cases.reportAndRoute(report(report)).getId();
    cases.triage(caseId, "criminalSuspicion", true);
    return cases.task(cases.path(caseId, "police-liaison"), "refer-to-police").getId();
  }

  private String task(String id) {
    return "/engine-rest/task/" + id;
  }

  @Test
  void a_case_worker_cannot_give_a_task_to_anyone_else() {
    String task = policeReferral();

    for (String outsider : List.of("teacher", "governor", "head")) {
      assertRefused(rest.post("dsl", task(task) + "/claim", Map.of("userId", outsider)), CASE_MANAGER_ONLY);
      assertRefused(rest.post("dsl", task(task) + "/assignee", Map.of("userId", outsider)), CASE_MANAGER_ONLY);
      assertRefused(rest.post("dsl", task(task) + "/delegate", Map.of("userId", outsider)), CASE_MANAGER_ONLY);
      assertRefused(rest.post("dsl", task(task) + "/identity-links", Map.of("userId", outsider, "type", "candidate")),
          CASE_MANAGER_ONLY);
    }
    for (String user : List.of("dsl", "head")) {
      assertRefused(rest.post(user, task(task) + "/identity-links", Map.of("groupId", "staff", "type", "candidate")),
          "Which groups a task is offered to is set by the process");
      assertRefused(rest.put(user, task(task), Map.of("name", "Refer to the police", "assignee", "teacher")),
          "A task's details are set by the process");
    }
    Rest.Browser tasklist = rest.tasklist("dsl", "http://localhost");
    // as Tasklist does after its login: a first read hands out the session's CSRF token
    tasklist.send("/camunda/api/engine/engine/default/task/count", HttpMethod.GET, null, MediaType.APPLICATION_JSON);
    assertRefused(tasklist.post("/camunda/api/engine/engine/default/task/" + task + "/claim", Map.of("userId", "teacher")),
        CASE_MANAGER_ONLY);

    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(cases.candidateGroups(task)).containsExactly("dsl", "headteacher");
    assertThat(tasks.getIdentityLinksForTask(task)).allMatch(link -> link.getUserId() == null);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
        .userIdIn("teacher", "governor", "head").count()).isZero();
  }

  @Test
  void the_case_manager_gives_a_task_only_to_someone_it_is_offered_to_who_is_not_the_subject() {
    String task = policeReferral();

    for (String outsider : List.of("teacher", "governor", "slt")) {
      assertRefused(rest.post("head", task(task) + "/claim", Map.of("userId", outsider)), NOT_OFFERED);
      assertRefused(rest.post("head", task(task) + "/assignee", Map.of("userId", outsider)), NOT_OFFERED);
    }
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task)
        .userIdIn("teacher", "governor", "slt").count()).isZero();

    assertThat(rest.post("head", task(task) + "/claim", Map.of("userId", "dsl")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("dsl");

    // the subject, even when in a group the task is offered to
    identity.createMembership("teacher2", "dsl");
    try {
      String aboutTeacher2 = policeReferral("perpetratorType", "STAFF", "subjectUserId", "teacher2");
      assertRefused(rest.post("head", task(aboutTeacher2) + "/claim", Map.of("userId", "teacher2")),
          "This person is the subject of the case and cannot work on it");
      assertThat(tasks.createTaskQuery().taskId(aboutTeacher2).singleResult().getAssignee()).isNull();
    } finally {
      identity.deleteMembership("teacher2", "dsl");
    }
  }

  @Test
  void a_claimed_task_is_given_back_by_its_holder_or_reassigned_by_the_case_manager() {
    String task = policeReferral();
    assertThat(rest.post("dsl", task(task) + "/claim", Map.of("userId", "dsl")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> taken = rest.post("head", task(task) + "/claim", Map.of("userId", "head"));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(taken.getBody()).contains("Someone else has already claimed this task");
    assertRefused(rest.post("slt", task(task) + "/unclaim", Map.of()), CASE_MANAGER_ONLY);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("dsl");

    assertThat(rest.post("head", task(task) + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

    assertThat(rest.post("dsl", task(task) + "/claim", Map.of("userId", "dsl")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.post("dsl", task(task) + "/unclaim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

    assertThat(rest.post("head", task(task) + "/assignee", Map.of("userId", "dsl")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertRefused(rest.post("dsl", task(task) + "/assignee", Map.of("userId", "head")), CASE_MANAGER_ONLY);
    assertThat(rest.post("head", task(task) + "/assignee", Map.of("userId", "head")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("head");
  }

  @Test
  void resolve_and_person_thrown_errors_on_a_task_are_refused_plainly() {
    String task = policeReferral();

    Object[] answers = PathWork.step("police-liaison", "refer-to-police").answers();
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < answers.length; i += 2) {
      form.put((String) answers[i], answers[i + 1]);
    }
    ResponseEntity<String> resolve = rest.post("dsl", task(task) + "/resolve", Map.of("variables", Rest.typed(form)));
    ResponseEntity<String> error = rest.post("dsl", task(task) + "/bpmnError", Map.of("errorCode", "nobody-catches-this"));
    ResponseEntity<String> escalation = rest.post("dsl", task(task) + "/bpmnEscalation",
        Map.of("escalationCode", "nobody-catches-this"));

    assertThat(resolve.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(resolve.getBody()).contains("This task was not delegated");
    for (ResponseEntity<String> refused : List.of(error, escalation)) {
      assertRefused(refused, "raising an error or escalation on it is not allowed");
    }
    assertThat(tasks.createTaskQuery().taskId(task).singleResult()).isNotNull();
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  @Test
  void job_retries_without_rights_or_with_bad_values_are_refused_not_failed() {
    String caseId = cases.reportAndRoute(report()).getId();
    tasks.complete(cases.task(caseId, "triage").getId(), Map.of("perpetratorType", "PARENT", "victimType", "NONE",
        "safeguardingConcern", false, "criminalSuspicion", false, "noFurtherAction", false));
    Job job = management.createJobQuery().processInstanceId(caseId).list().get(0);
    String retries = "/engine-rest/job/" + job.getId() + "/retries";

    for (String user : List.of("teacher", "head")) {
      ResponseEntity<String> one = rest.put(user, retries, Map.of("retries", 5));
      assertThat(one.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(one.getBody()).contains("You cannot retry this job").doesNotContain(caseId);
      assertThat(rest.post(user, "/engine-rest/job/retries", Map.of("retries", 5, "jobIds", List.of(job.getId())))
          .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("retries", -1), Map.of(), Map.of("retries", 1.5),
        Map.of("retries", "many"))) {
      for (ResponseEntity<String> refused : List.of(rest.put("head", retries, bad),
          rest.post("head", "/engine-rest/job/retries", bad), rest.put("head", "/engine-rest/job/no-such-job/retries", bad))) {
        assertThat(refused.getStatusCode()).as(bad.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("The number of retries must be a whole number, 0 or more");
      }
    }
    ResponseEntity<String> noSuchJob = rest.put("head", "/engine-rest/job/no-such-job/retries", Map.of("retries", 1));
    assertThat(noSuchJob.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noSuchJob.getBody()).contains("There is no such job");
    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(job.getRetries());
  }

  @Test
  void a_file_variable_is_refused_with_400_with_or_without_a_file_name() {
    String task = policeReferral();
    Map<String, Object> noName = Map.of("type", "File", "value", "aGVsbG8=");
    Map<String, Object> named = Map.of("type", "File", "value", "aGVsbG8=", "valueInfo", Map.of("filename", "a.png"));

    for (Map<String, Object> file : List.of(noName, named)) {
      for (ResponseEntity<String> refused : List.of(
          rest.put("dsl", task(task) + "/variables/evidence", file),
          rest.post("dsl", task(task) + "/variables", Map.of("modifications", Map.of("evidence", file))),
          rest.post("dsl", task(task) + "/complete", Map.of("variables", Map.of("evidence", file))),
          rest.report("teacher", Map.of("evidence", file)))) {
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(BINARY);
      }
    }
    assertThat(runtime.createVariableInstanceQuery().variableName("evidence").count()).isZero();
  }

  private static void assertRefused(ResponseEntity<String> refused, String message) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains(message).doesNotContain("Exception", "org.camunda");
    assertThat(refused.getBody()).contains("\"type\":\"Refusal\"");
  }
}
