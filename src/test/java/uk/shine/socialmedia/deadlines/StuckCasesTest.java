package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;

/**
 * Cases broken on purpose: one left with nothing waiting (its open task cancelled, as an administrator
 * could in Cockpit), one whose next step failed for good (an incident). The nightly round tells the
 * administrator and the DSL by reference only, and /cases/stuck lists them for the DSL.
 */
@CaseEngineTest
class StuckCasesTest {

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Mailboxes mailboxes;
  @Autowired Rest rest;

  @Test
  void a_case_with_nothing_waiting_is_told_by_reference_to_the_administrator_and_the_dsl_and_listed() {
    String healthy = reference(cases.reportAndRoute(Cases.report()).getId());
    String caseId = cases.reportAndRoute(Cases.report(SUMMARY, "Unmistakable-stuck-summary about Class 9")).getId();
    String broken = reference(caseId);
    runtime.createProcessInstanceModification(caseId).cancelAllForActivity("triage").execute();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).count()).as("still open").isOne();

    checkStuckCases();
    checkStuckCases();

    for (String told : List.of("admin", "dsl")) {
      assertThat(mailboxes.subjects(told, broken)).as(told).containsExactly("Case stuck: " + broken);
      assertThat(mailboxes.subjects(told, healthy)).as(told).isEmpty();
    }
    assertThat(mailboxes.subjects("head", broken)).extracting(subject -> subject.startsWith("Case stuck")).containsOnly(false);
    assertThat(mailboxes.messages("dsl")).filteredOn(message -> message.contains(broken)).singleElement()
        .satisfies(message -> assertThat(message).contains("/cases/stuck").doesNotContain("Unmistakable", "Class 9",
            "Terry Teacher", "Facebook"));
    assertThat(stuck("dsl")).contains(Map.of(CASE_REFERENCE, broken, "reason", "NOTHING_WAITING"))
        .noneMatch(found -> healthy.equals(found.get(CASE_REFERENCE)));
    assertThat(rest.get("dsl", "/cases/stuck").getBody()).contains(broken, "Nothing is waiting").doesNotContain("Class 9");
  }

  @Test
  void a_case_whose_next_step_failed_for_good_is_stuck_with_an_incident() {
    String caseId = cases.reportAndRoute(Cases.report()).getId();
    String reference = reference(caseId);
    tasks.complete(cases.task(caseId, "triage").getId(), Map.of(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "NONE",
        SAFEGUARDING_CONCERN, false, CRIMINAL_SUSPICION, false, NO_FURTHER_ACTION, false));
    Job next = management.createJobQuery().processInstanceId(caseId).list().stream()
        .filter(job -> job.getJobDefinitionId() != null).findFirst().orElseThrow();
    management.setJobRetries(next.getId(), 0);

    checkStuckCases();

    assertThat(stuck("admin")).contains(Map.of(CASE_REFERENCE, reference, "reason", "INCIDENT"));
    assertThat(mailboxes.subjects("admin", reference)).contains("Case stuck: " + reference);
  }

  @Test
  void a_stuck_case_is_never_shown_to_its_subject() {
    String caseId = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "dsl")).getId();
    String reference = reference(caseId);
    runtime.createProcessInstanceModification(caseId).cancelAllForActivity("triage").execute();

    checkStuckCases();

    assertThat(stuck("admin")).contains(Map.of(CASE_REFERENCE, reference, "reason", "NOTHING_WAITING"));
    assertThat(stuck("dsl")).noneMatch(found -> reference.equals(found.get(CASE_REFERENCE)));
    assertThat(mailboxes.subjects("dsl", reference)).isEmpty();
    assertThat(mailboxes.subjects("admin", reference)).containsExactly("Case stuck: " + reference);
  }

  @Test
  void only_the_dsl_and_the_administrator_may_see_the_list_and_strangers_must_log_in() {
    for (String path : List.of("/cases/stuck", "/cases/stuck.json")) {
      assertThat(rest.get(null, path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      for (String outsider : List.of("head", "slt", "hr", "chair", "governor", "teacher", "teacher2")) {
        assertThat(rest.get(outsider, path).getStatusCode()).as(outsider + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
      }
      assertThat(rest.get("head", path).getBody()).contains("The list of stuck cases is for the DSL and the administrator");
      assertThat(rest.get("dsl", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(rest.get("admin", path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
  }

  /** The engine's nightly round, as its timer would start it. */
  private void checkStuckCases() {
    Job round = management.createJobQuery().processDefinitionKey("stuck-case-check").activityId("stuck-check-due")
        .singleResult();
    management.executeJob(round.getId());
    cases.runJobs();
  }

  private List<Map<String, Object>> stuck(String user) {
    return rest.list(user, "/cases/stuck.json").getBody();
  }

  private String reference(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
  }
}
