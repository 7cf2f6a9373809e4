package uk.shine.socialmedia.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.OUTCOME_CATEGORY;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/**
 * A closed case's records: the removal date from the retention table, the data protection lead's
 * review before it, legal holds, and removal by the engine's history cleanup in its night window.
 */
@CaseEngineTest
class RecordsRetentionProcessTest {

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired FormService forms;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired RetentionRegister register;
  @Autowired JdbcTemplate jdbc;

  @Test
  void a_case_closed_with_no_further_action_is_reviewed_a_month_before_its_removal_a_year_later() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");

    RetentionRegister.Entry entry = register.find(closed.reference()).orElseThrow();
    assertThat(entry.rule()).isEqualTo("Closed with no further action");
    assertThat(entry.removalDue()).hasToString("2027-03-02");
    assertThat(entry.reviewDue()).hasToString("2027-01-31");
    assertThat(caseHistory(closed).stream().map(HistoricProcessInstance::getRemovalTime))
        .as("nothing removes the case before its review").containsOnlyNulls();

    EngineClock.setTo("2027-01-30T23:00");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isFalse();
    EngineClock.setTo("2027-01-31T08:00");
    cases.runJobs();
    String review = cases.task(retention(closed), "review-records-removal").getId();
    assertThat(cases.candidateGroups(review)).containsExactly("dpo");
    assertThat(runtime.getVariable(retention(closed), "removalDueText")).as("as the form shows it").isEqualTo("2 March 2027");
  }

  @Test
  void closing_a_case_starts_no_batch_and_leaves_no_part_of_its_history_with_a_removal_time() {
    long batchesBefore = history.createHistoricBatchQuery().count();

    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");

    assertThat(history.createHistoricBatchQuery().count()).as("the removal time is cleared in the closing steps")
        .isEqualTo(batchesBefore);
    assertThat(management.createBatchQuery().count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().rootProcessInstanceId(closed.id()).list())
        .isNotEmpty().allMatch(task -> task.getRemovalTime() == null);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(closed.id()).list())
        .isNotEmpty().allMatch(activity -> activity.getRemovalTime() == null);
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(closed.id()).list())
        .allMatch(decision -> decision.getRemovalTime() == null);
  }

  @Test
  void closing_a_case_writes_no_removal_time_into_its_history_only_to_clear_it_again() {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    try {
      ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
      assertThat(caseHistory(closed)).isNotEmpty().allMatch(instance -> instance.getRemovalTime() == null);
      // the engine's hierarchical update touches every history table by root instance: the activities among them
      assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
          + " WHERE UPPER(SQL_STATEMENT) LIKE '%UPDATE%ACT_HI_ACTINST%SET%REMOVAL_TIME_%'", Long.class))
          .as("updates of the case's activities' removal time").isZero();
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }

  @Test
  void approved_records_are_removed_on_their_date_in_the_night_window_and_nothing_of_the_case_is_left() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    String caseRead = "insert into smc_case_read_log (case_reference, user_id, read_at, what_was_read, allowed) "
        + "values (?, 'dsl', current_timestamp, 'CHRONOLOGY', true)";
    jdbc.update(caseRead, closed.reference());
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();
    String retention = retention(closed);

    identity.setAuthentication("dpo", List.of("dpo"), cases.schoolsOf("dpo"));
    try {
      tasks.complete(cases.task(retention, "review-records-removal").getId(), java.util.Map.of(
          "retentionDecision", "REMOVE", "retentionReason", "Nothing pending"));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
    assertThat(caseHistory(closed)).as("kept until the removal date").isNotEmpty()
        .allMatch(instance -> instance.getRemovalTime() == null);

    EngineClock.setTo("2027-03-02T12:00");
    cases.runJobs();
    assertThat(register.find(closed.reference()).orElseThrow().status()).isEqualTo(RetentionRegister.Status.REMOVAL_APPROVED);
    assertThat(jdbc.queryForObject("select removal_approved_by from case_retention where case_reference = ?",
        String.class, closed.reference())).isEqualTo("dpo");
    // every instance of the case (its paths too) and every task: the grants on them go with the case
    List<String> caseResources = new java.util.ArrayList<>();
    for (var instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(closed.id()).list()) {
      caseResources.add(instance.getId());
      history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()
          .forEach(task -> caseResources.add(task.getId()));
    }
    assertThat(caseResources.stream().filter(id -> authorizations.createAuthorizationQuery().resourceId(id).count() > 0))
        .as("the case's history grants, before the cleanup").isNotEmpty();
    cleanUpHistory();
    assertThat(caseHistory(closed)).as("midday is outside the cleanup window").isNotEmpty();

    EngineClock.setTo("2027-03-02T21:00");
    cleanUpHistory();
    assertThat(caseHistory(closed)).as("removed in the night window").isEmpty();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(closed.id()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(closed.id()).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceId(closed.id()).count())
        .as("no grant on the removed case").isZero();
    assertThat(caseResources).as("no grant on any instance or task of the removed case")
        .allMatch(id -> authorizations.createAuthorizationQuery().resourceId(id).count() == 0);
    assertThat(jdbc.queryForObject("select count(*) from smc_case_read_log where case_reference = ?", Integer.class,
        closed.reference())).isZero();
    assertThat(register.find(closed.reference())).as("the register keeps what was removed, when and why").isPresent();
  }

  @Test
  void keeping_the_records_longer_moves_the_removal_and_the_next_review() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();

    cases.complete(retention(closed), "review-records-removal", "retentionDecision", "KEEP", "keepUntil", "2028-06-30",
        "retentionReason", "Complaint to the Ombudsman pending");

    RetentionRegister.Entry entry = register.find(closed.reference()).orElseThrow();
    assertThat(entry.rule()).isEqualTo("Closed with no further action, kept longer at review");
    assertThat(entry.removalDue()).hasToString("2028-06-30");
    assertThat(entry.reviewDue()).hasToString("2028-05-31");
    EngineClock.setTo("2028-05-31T09:00");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isTrue();
  }

  @Test
  void keeping_them_longer_without_a_later_date_is_refused_and_the_review_stays_open() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();

    assertThatThrownBy(() -> cases.complete(retention(closed), "review-records-removal", "retentionDecision", "KEEP",
        "keepUntil", "2027-01-15", "retentionReason", "Claim"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("after today");
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isTrue();
  }

  @Test
  void a_legal_hold_placed_before_the_review_stops_removal_until_it_is_lifted() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    legalHold(closed.reference(), "PLACE", "Employment tribunal claim");

    EngineClock.setTo("2028-01-01T09:00");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).as("no review while held").isFalse();
    assertThat(register.isHeld(closed.reference())).isTrue();

    legalHold(closed.reference(), "LIFT", "Claim settled");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).as("reviewed again once lifted").isTrue();
  }

  @Test
  void a_hold_placed_at_review_waits_for_lifting_then_the_records_are_reviewed_again() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();

    cases.complete(retention(closed), "review-records-removal", "retentionDecision", "HOLD",
        "retentionReason", "Police request to keep");
    assertThat(register.isHeld(closed.reference())).isTrue();
    EngineClock.setTo("2027-06-01T09:00");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isFalse();

    legalHold(closed.reference(), "LIFT", "Police no longer need them");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isTrue();
  }

  @Test
  void a_hold_placed_while_the_review_is_open_wins_over_an_approval() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();
    legalHold(closed.reference(), "PLACE", "Subject access request under review");

    cases.complete(retention(closed), "review-records-removal", "retentionDecision", "REMOVE", "retentionReason", "Due");
    EngineClock.setTo("2027-03-03T21:00");
    cases.runJobs();
    assertThat(register.find(closed.reference()).orElseThrow().status()).isEqualTo(RetentionRegister.Status.KEPT);
    assertThat(caseHistory(closed)).allMatch(instance -> instance.getRemovalTime() == null);
  }

  @Test
  void a_hold_placed_while_the_removal_date_is_awaited_stops_it() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();
    cases.complete(retention(closed), "review-records-removal", "retentionDecision", "REMOVE", "retentionReason", "Due");

    legalHold(closed.reference(), "PLACE", "Insurer's claim notified");
    EngineClock.setTo("2027-03-03T21:00");
    cases.runJobs();
    cleanUpHistory();
    assertThat(caseHistory(closed)).isNotEmpty().allMatch(instance -> instance.getRemovalTime() == null);
  }

  @Test
  void a_hold_placed_after_removal_was_approved_keeps_the_case_through_the_night_and_it_is_reviewed_again() {
    ClosedCase closed = closeWithNoFurtherAction("2026-03-02T10:00");
    EngineClock.setTo("2027-02-01T09:00");
    cases.runJobs();
    cases.complete(retention(closed), "review-records-removal", "retentionDecision", "REMOVE", "retentionReason", "Due");
    EngineClock.setTo("2027-03-02T12:00");
    cases.runJobs();
    assertThat(caseHistory(closed)).allMatch(instance -> instance.getRemovalTime() != null);

    legalHold(closed.reference(), "PLACE", "Late claim received");
    cases.runJobs();
    EngineClock.setTo("2027-03-02T21:00");
    cleanUpHistory();

    assertThat(caseHistory(closed)).as("kept through the night").isNotEmpty();
    legalHold(closed.reference(), "LIFT", "Claim withdrawn");
    cases.runJobs();
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isTrue();
  }

  @Test
  void a_hold_placed_while_the_case_is_open_applies_from_the_day_it_closes() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2026-03-01"));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult().getBusinessKey();
    legalHold(reference, "PLACE", "Litigation expected");

    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Resolved informally");
    EngineClock.setTo("2028-01-01T09:00");
    cases.runJobs();

    ClosedCase closed = new ClosedCase(concern.getId(), reference);
    assertThat(cases.hasTask(retention(closed), "review-records-removal")).isFalse();
    assertThat(register.find(reference).orElseThrow().removalDue()).hasToString("2027-03-02");
  }

  @Test
  void a_child_protection_case_is_kept_until_the_child_named_at_closing_is_25() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, "2026-03-01", PERPETRATOR_TYPE, "PUPIL",
        SAFEGUARDING_CONCERN, true));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult()
        .getBusinessKey();
    cases.triage(concern.getId());
    PathWork.finish(cases, concern.getId(), "pupil-behaviour");
    PathWork.finish(cases, concern.getId(), "safeguarding-referral");

    assertThatThrownBy(() -> cases.complete(concern.getId(), "close-case", OUTCOME_CATEGORY, "ACTION_TAKEN",
        "youngestChildBirthDate", "2030-01-01")).isInstanceOf(RefusedInput.class).hasMessageContaining("future");
    cases.complete(concern.getId(), "close-case", OUTCOME_CATEGORY, "ACTION_TAKEN", "youngestChildBirthDate", "2018-09-14");

    RetentionRegister.Entry entry = register.find(reference).orElseThrow();
    assertThat(entry.rule()).isEqualTo("Child protection record");
    assertThat(entry.removalDue()).hasToString("2043-09-14");
  }

  record ClosedCase(String id, String reference) {
  }

  private ClosedCase closeWithNoFurtherAction(String at) {
    EngineClock.setTo(at);
    ProcessInstance concern = cases.reportAndRoute(Cases.report(OCCURRED_ON, at.substring(0, 10)));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(concern.getId()).singleResult().getBusinessKey();
    cases.triage(concern.getId(), NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "Post removed the same day");
    assertThat(cases.ended(concern.getId())).isTrue();
    return new ClosedCase(concern.getId(), reference);
  }

  private String retention(ClosedCase closed) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("records-retention")
        .processInstanceBusinessKey(closed.reference()).unfinished().singleResult().getId();
  }

  private List<HistoricProcessInstance> caseHistory(ClosedCase closed) {
    return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(closed.id()).list();
  }

  /** The data protection lead's start form in Tasklist. */
  private void legalHold(String reference, String action, String reason) {
    identity.setAuthentication("dpo", List.of("dpo"), cases.schoolsOf("dpo"));
    try {
      forms.submitStartForm(repositoryDefinition(), java.util.Map.of(CASE_REFERENCE, reference,
          "legalHoldAction", action, "retentionReason", reason));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();
  }

  private String repositoryDefinition() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("legal-hold").latestVersion().singleResult()
        .getId();
  }

  /** Runs the engine's history cleanup job now, as the job executor would when it is due. */
  private void cleanUpHistory() {
    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).as("the engine schedules history cleanup").isNotEmpty();
    cleanup.forEach(job -> management.executeJob(job.getId()));
  }
}
