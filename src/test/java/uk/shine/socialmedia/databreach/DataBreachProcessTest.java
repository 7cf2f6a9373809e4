package uk.shine.socialmedia.databreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.PERSONAL_DATA_DISCLOSED;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.SUMMARY;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import uk.shine.socialmedia.deadlines.DeadlineMisses;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/**
 * The data protection lead's path for a personal data breach: how the case starts it (the report,
 * triage), the 72-hour ICO clock in hours, the breach register, who sees it and what the e-mails say.
 * A take-down of published images starting one: ImagePublicationProcessTest.
 */
@CaseEngineTest
class DataBreachProcessTest extends PathScenario {

  private static final String DISCLOSED = "Mr Example posted the Year 4 class list with every pupil's full name";
  private static final String CATEGORIES = "Full names and class of Year 4 pupils";

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Mailboxes mailboxes;
  @Autowired DeadlineMisses misses;
  @Autowired Rest rest;

  DataBreachProcessTest() {
    super("data-breach", new Object[] {PERSONAL_DATA_DISCLOSED, true}, BEFORE_TRIAGE, List.of("dpo"));
  }

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void a_report_that_says_personal_data_was_disclosed_starts_the_breach_at_once_for_the_data_protection_lead() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERSONAL_DATA_DISCLOSED, true, SUMMARY, DISCLOSED));

    assertThat(cases.hasTask(concern.getId(), "triage")).as("beside triage, not after it").isTrue();
    assertThat(cases.pathsOf(concern.getId())).containsExactly("data-breach");
    String breach = cases.path(concern.getId(), "data-breach");
    assertThat(cases.candidateGroups(cases.task(breach, "contain-breach").getId())).containsExactly("dpo");
    assertThat(runtime.getVariable(breach, "breachOrigin")).isEqualTo("REPORT");
    assertThat(runtime.getVariables(breach).values()).as("nothing of the report's account").doesNotContain(DISCLOSED);
    assertThat(runtime.getVariable(breach, "icoDue")).isEqualTo(java.util.Date.from(
        history.createHistoricProcessInstanceQuery().processInstanceId(concern.getId()).singleResult().getStartTime()
            .toInstant().plus(Duration.ofHours(72))));
  }

  @Test
  void a_start_over_rest_carrying_personal_data_disclosed_is_accepted_and_starts_the_breach() {
    var started = rest.report("teacher", Cases.report(PERSONAL_DATA_DISCLOSED, true));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String caseId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(
        started.getBody().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1")).singleResult().getId();
    cases.runJobs();
    assertThat(cases.pathsOf(caseId)).containsExactly("data-breach");
  }

  @Test
  void a_report_that_says_nothing_of_personal_data_starts_no_breach_and_the_answer_defaults_to_no() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());

    assertThat(cases.pathsOf(concern.getId())).isEmpty();
    assertThat(runtime.getVariable(concern.getId(), PERSONAL_DATA_DISCLOSED)).isEqualTo(false);
  }

  @Test
  void triage_that_finds_personal_data_disclosed_starts_the_breach_once_with_the_clock_from_the_report() {
    EngineClock.setTo("2025-06-02T09:00");
    ProcessInstance found = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2025-06-01"));
    EngineClock.setTo("2025-06-02T15:00");
    cases.triage(found.getId(), PERSONAL_DATA_DISCLOSED, true);

    assertThat(cases.pathsOf(found.getId())).containsExactly("data-breach", "parent-conduct");
    String breach = cases.path(found.getId(), "data-breach");
    assertThat(runtime.getVariable(breach, "breachOrigin")).isEqualTo("TRIAGE");
    assertThat(cases.task(breach, "contain-breach").getDueDate()).isEqualTo(EngineClock.london("2025-06-03T15:00"));
    assertThat(runtime.getVariable(breach, "icoDue")).as("72 hours from the report's receipt, not from triage")
        .isEqualTo(EngineClock.london("2025-06-05T09:00"));

    ProcessInstance reported = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2025-06-01", PERSONAL_DATA_DISCLOSED, true));
    cases.triage(reported.getId(), PERSONAL_DATA_DISCLOSED, true);
    assertThat(cases.pathsOf(reported.getId())).as("never twice").containsExactly("data-breach", "parent-conduct");
    finishBreach(breach);
    finishBreach(cases.path(reported.getId(), "data-breach"));
  }

  @Test
  void a_new_breach_cannot_be_closed_at_triage_with_no_further_action() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());

    assertThatThrownBy(() -> cases.triage(concern.getId(), PERSONAL_DATA_DISCLOSED, true, "noFurtherAction", true,
        "noFurtherActionReason", "Nothing to do"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("data protection lead");
    assertThat(cases.hasTask(concern.getId(), "triage")).isTrue();
  }

  @Test
  void the_head_teacher_is_brought_in_at_48_hours_and_the_missed_72_hours_are_recorded() {
    EngineClock.setTo("2025-06-02T09:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2025-06-01", PERSONAL_DATA_DISCLOSED, true));
    String reference = concern.getBusinessKey();
    String breach = cases.path(concern.getId(), "data-breach");

    EngineClock.setTo("2025-06-04T08:59");
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(breach, "contain-breach").getId())).containsExactly("dpo");

    EngineClock.setTo("2025-06-04T09:01");
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(breach, "contain-breach").getId())).containsExactly("dpo", "headteacher");
    assertThat(mailboxes.subjects("head", reference)).contains("Escalated to you: Contain the breach (" + reference + ")");

    cases.complete(breach, "contain-breach", step("contain-breach"));
    cases.complete(breach, "assess-breach", step("assess-breach"));
    assertThat(cases.task(breach, "decide-ico-report").getDueDate()).isEqualTo(EngineClock.london("2025-06-05T09:00"));

    EngineClock.setTo("2025-06-05T09:20");
    checkDeadlines();
    DeadlineMisses.Miss miss = misses.ofCase(concern.getId()).stream()
        .filter(m -> m.taskKey().equals("decide-ico-report")).findFirst().orElseThrow();
    assertThat(miss.rule()).isEqualTo("Decision on reporting to the ICO within 72 hours of becoming aware");
    assertThat(miss.statutory()).isTrue();
    assertThat(miss.dueAt()).isEqualTo(EngineClock.london("2025-06-05T09:00").toInstant());
    assertThat(miss.broughtIn()).isEqualTo("headteacher");
    assertThat(mailboxes.subjects("dpo", reference)).contains("Deadline passed: Decide on reporting to the ICO (" + reference + ")");

    assertThatThrownBy(() -> cases.complete(breach, "decide-ico-report", "icoDecision", "REPORTED",
        "icoReference", "IC-0001-LATE", "icoReportedOn", "2025-06-05", "icoReportedBy", "Devi Protection"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("reasons for the delay");
    cases.complete(breach, "decide-ico-report", "icoDecision", "REPORTED", "icoReference", "IC-0001-LATE",
        "icoReportedOn", "2025-06-05", "icoReportedBy", "Devi Protection", "icoLateReason", "The lead was away");

    assertThat(runtime.getVariable(breach, "icoDecidedInTime")).isEqualTo(false);
    Map<String, Object> row = registerRow(reference);
    assertThat(row).containsEntry("icoDecidedInTime", false).containsEntry("icoReference", "IC-0001-LATE")
        .containsEntry("icoDue", "2025-06-05T08:00:00Z").containsEntry("status", "OPEN");
    finishBreach(breach);
  }

  @Test
  void a_reported_breach_keeps_its_ico_reference_dates_and_risk_in_the_register() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERSONAL_DATA_DISCLOSED, true));
    String breach = cases.path(concern.getId(), "data-breach");
    cases.complete(breach, "contain-breach", step("contain-breach"));
    cases.complete(breach, "assess-breach", "peopleAffected", "PUPILS", "peopleAffectedCount", 28,
        "dataCategories", CATEGORIES, "specialCategoryData", true, "likelihood", "LIKELY", "severity", "SEVERE");
    assertThat(runtime.getVariable(breach, "riskLevel")).isEqualTo("HIGH");
    cases.complete(breach, "decide-ico-report", "icoDecision", "REPORTED", "icoReference", "IC-12345-A1B2",
        "icoReportedOn", today(), "icoReportedBy", "Devi Protection");

    assertThatThrownBy(() -> cases.complete(breach, "decide-tell-affected", "affectedTold", "NOT_TOLD",
        "notTellingReason", "NOT_HIGH_RISK")).isInstanceOf(RefusedInput.class).hasMessageContaining("high risk");
    cases.complete(breach, "decide-tell-affected", "affectedTold", "TOLD", "affectedToldOn", today());
    cases.complete(breach, "close-breach", "lessonsLearnt", "Class lists no longer leave the MIS");

    assertThat(cases.ended(breach)).isTrue();
    Map<String, Object> row = registerRow(concern.getBusinessKey());
    assertThat(row).containsEntry("icoDecision", "REPORTED").containsEntry("icoReference", "IC-12345-A1B2")
        .containsEntry("icoReportedOn", today()).containsEntry("icoDecidedInTime", true)
        .containsEntry("riskLevel", "HIGH").containsEntry("peopleAffected", "PUPILS").containsEntry("peopleAffectedCount", 28)
        .containsEntry("affectedTold", "TOLD").containsEntry("affectedToldOn", today())
        .containsEntry("takeDownRequested", true).containsEntry("origin", "REPORT").containsEntry("status", "CLOSED");
    assertThat(row.get("closedAt")).isNotNull();
  }

  @Test
  void a_breach_not_reported_to_the_ico_is_still_registered_with_its_reason() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERSONAL_DATA_DISCLOSED, true));
    String reference = concern.getBusinessKey();
    String breach = cases.path(concern.getId(), "data-breach");
    assertThat(registerRow(reference)).containsEntry("status", "OPEN").containsEntry("icoDecision", null);

    finishBreach(breach);

    assertThat(registerRow(reference)).containsEntry("icoDecision", "NOT_REPORTED")
        .containsEntry("notReportingReason", "Removed within the hour, seen by few, first names only")
        .containsEntry("riskLevel", "UNLIKELY").containsEntry("icoReference", null)
        .containsEntry("notTellingReason", "NOT_HIGH_RISK").containsEntry("status", "CLOSED");
  }

  @Test
  void only_the_data_protection_lead_reads_the_breach_register() {
    cases.reportAndRoute(Cases.report(PERSONAL_DATA_DISCLOSED, true));

    assertThat(rest.get("dpo", "/data-breaches/api/breaches").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("dpo", "/data-breaches").getBody()).contains("Breach register");
    for (String other : List.of("head", "hr", "governor", "admin", "dsl", "chair", "teacher")) {
      for (String page : List.of("/data-breaches/api/breaches", "/data-breaches")) {
        var answer = rest.get(other, page);
        assertThat(answer.getStatusCode()).as(other + " " + page).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).as(other).doesNotContain("IC-");
      }
    }
    assertThat(rest.get(null, "/data-breaches/api/breaches").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get(null, "/data-breaches").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void the_e_mails_carry_the_reference_and_nothing_of_the_breached_data() {
    EngineClock.setTo("2025-06-09T09:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2025-06-08", PERSONAL_DATA_DISCLOSED, true,
        SUMMARY, DISCLOSED));
    String reference = concern.getBusinessKey();
    String breach = cases.path(concern.getId(), "data-breach");
    cases.complete(breach, "contain-breach", step("contain-breach"));
    cases.complete(breach, "assess-breach", "peopleAffected", "PUPILS", "peopleAffectedCount", 30,
        "dataCategories", CATEGORIES, "specialCategoryData", false, "likelihood", "POSSIBLE", "severity", "SIGNIFICANT");
    EngineClock.setTo("2025-06-11T09:30");
    cases.runJobs();

    List<String> mails = new java.util.ArrayList<>(mailboxes.messages("dpo"));
    mails.addAll(mailboxes.messages("head"));
    List<String> aboutThis = mails.stream().filter(mail -> mail.contains(reference)).toList();
    assertThat(aboutThis).as("new tasks to the lead, the 48-hour escalation to the head teacher").hasSizeGreaterThanOrEqualTo(4);
    assertThat(aboutThis).noneMatch(mail -> mail.contains("Year 4") || mail.contains("class list")
        || mail.contains("Full names") || mail.contains("Post removed"));
    finishBreach(breach);
  }

  @Test
  void the_subject_of_the_case_never_sees_the_breach() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERSONAL_DATA_DISCLOSED, true, PERPETRATOR_TYPE, "STAFF",
        SUBJECT_USER_ID, "teacher2"));
    String breach = cases.path(concern.getId(), "data-breach");

    assertThat(rest.get("teacher2", "/engine-rest/process-instance/" + breach).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.get("teacher2", "/engine-rest/task?processInstanceId=" + breach).getBody()).isEqualTo("[]");
    assertThat(rest.get("teacher2", "/engine-rest/history/process-instance?processDefinitionKey=data-breach").getBody())
        .doesNotContain(breach);
    assertThat(rest.get("dpo", "/engine-rest/process-instance/" + breach).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.get("head", "/engine-rest/process-instance/" + breach).getStatusCode())
        .as("the data protection lead's work alone").isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static Object[] step(String taskKey) {
    return PathWork.step("data-breach", taskKey).answers();
  }

  /** Completes whatever is left of a breach with the plainest answers. */
  private void finishBreach(String breach) {
    for (PathWork.Step step : PathWork.steps("data-breach")) {
      if (cases.hasTask(breach, step.taskKey())) {
        cases.complete(breach, step.taskKey(), step.answers());
      }
    }
    assertThat(cases.ended(breach)).isTrue();
  }

  private Map<String, Object> registerRow(String reference) {
    var answer = rest.list("dpo", "/data-breaches/api/breaches");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody().stream().filter(row -> reference.equals(row.get("reference"))).findFirst()
        .map(HashMap::new).orElseThrow();
  }

  private void checkDeadlines() {
    Job round = management.createJobQuery().processDefinitionKey("deadline-check").activityId("deadline-check-due")
        .singleResult();
    management.executeJob(round.getId());
    cases.runJobs();
  }
}
