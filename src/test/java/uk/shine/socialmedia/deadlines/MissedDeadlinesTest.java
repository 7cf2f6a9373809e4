package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION_REASON;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.Rest;

/**
 * Missed deadlines as the engine's own round finds them (the timer of deadline-check, run
 * here by hand): who is told, who gets the task beside its owner, the miss kept on the case, and the
 * governors' audit counting it by rule. The clock stands in October 2025, before every other test's
 * due dates, so each round sees only the work of this class.
 */
@CaseEngineTest
class MissedDeadlinesTest {

  private static final String TRIAGE_RULE = "Triage by the end of the next working day";

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Mailboxes mailboxes;
  @Autowired DeadlineMisses misses;
  @Autowired Rest rest;

  @Test
  void the_head_teachers_late_triage_goes_to_the_chair_is_kept_on_the_case_and_counted_in_the_audit() {
    EngineClock.setTo("2025-10-06T09:00");
    String caseId = cases.reportAndRoute(report(PERPETRATOR_TYPE, "PARENT")).getId();
    String reference = reference(caseId);
    Task triage = cases.task(caseId, "triage");
    assertThat(triage.getDueDate()).isEqualTo(EngineClock.london("2025-10-07T18:00"));

    EngineClock.setTo("2025-10-07T17:59");
    checkDeadlines();
    assertThat(cases.candidateGroups(triage.getId())).containsExactly("headteacher");
    assertThat(misses.ofCase(caseId)).isEmpty();

    EngineClock.setTo("2025-10-07T18:30");
    checkDeadlines();
    checkDeadlines();

    assertThat(cases.candidateGroups(triage.getId())).containsExactly("chair", "headteacher");
    assertThat(cases.task(caseId, "triage").getPriority()).isEqualTo(Escalations.ESCALATED_PRIORITY);
    assertThat(mailboxes.subjects("chair", reference)).containsExactly("Escalated to you: Triage the report (" + reference + ")");
    assertThat(mailboxes.subjects("head", reference)).containsExactly("New task: Triage the report (" + reference + ")",
        "Deadline coming: Triage the report (" + reference + ")", "Deadline passed: Triage the report (" + reference + ")");
    DeadlineMisses.Miss miss = single(misses.ofCase(caseId));
    assertThat(miss.rule()).isEqualTo(TRIAGE_RULE);
    assertThat(miss.statutory()).isFalse();
    assertThat(miss.caseReference()).isEqualTo(reference);
    assertThat(miss.taskKey()).isEqualTo("triage");
    assertThat(miss.dueAt()).isEqualTo(EngineClock.london("2025-10-07T18:00").toInstant());
    assertThat(miss.noticedAt()).isEqualTo(EngineClock.london("2025-10-07T18:30").toInstant());
    assertThat(miss.broughtIn()).isEqualTo("chair");
    assertThat(miss.doneAt()).isNull();

    EngineClock.setTo("2025-10-08T10:00");
    cases.triage(caseId, NO_FURTHER_ACTION, true, NO_FURTHER_ACTION_REASON, "A misunderstanding, resolved");
    checkDeadlines();

    miss = single(misses.ofCase(caseId));
    assertThat(miss.doneAt()).isEqualTo(EngineClock.london("2025-10-08T10:00").toInstant());
    assertThat(miss.lateBy(EngineClock.now().toInstant())).isEqualTo(Duration.ofHours(16));
    Map<String, Object> audited = rest.list("governor", "/audit/api/cases?from=2025-10-01&to=2025-10-31").getBody()
        .stream().filter(c -> reference.equals(c.get(CASE_REFERENCE))).findFirst().orElseThrow();
    assertThat(audited.get("missedDeadlines")).isEqualTo(Map.of(TRIAGE_RULE, 1));
    assertThat(audited.get("deadlinesMet")).as("a school standard, not a statutory deadline").isEqualTo("NOT_APPLICABLE");
    assertThat(rest.get("governor", "/audit/api/cases.csv?from=2025-10-01&to=2025-10-31").getBody())
        .contains(reference + ",", "," + TRIAGE_RULE + "=1");
    assertThat(rest.get("governor", "/audit?from=2025-10-01&to=2025-10-31").getBody())
        .contains("Deadlines missed, by rule", TRIAGE_RULE);
  }

  @Test
  void the_dsls_late_acknowledgement_goes_to_the_head_teacher_and_the_deputy_dsls_hear_of_it() {
    EngineClock.setTo("2025-10-06T19:00");
    String caseId = cases.reportAndRoute(report(SAFEGUARDING_CONCERN, true, VICTIM_TYPE, "PUPIL")).getId();
    String reference = reference(caseId);
    String path = cases.path(caseId, "safeguarding-referral");
    Task acknowledge = cases.task(path, "acknowledge-concern");
    assertThat(acknowledge.getDueDate()).as("within the hour, from the start of the next working day")
        .isEqualTo(EngineClock.london("2025-10-07T09:00"));

    EngineClock.setTo("2025-10-07T09:05");
    checkDeadlines();

    assertThat(cases.candidateGroups(acknowledge.getId())).containsExactly("dsl", "headteacher");
    String task = "Acknowledge the safeguarding concern (" + reference + ")";
    assertThat(mailboxes.subjects("head", reference)).contains("Escalated to you: " + task);
    assertThat(mailboxes.subjects("dsl", reference)).contains("Deadline passed: " + task);
    DeadlineMisses.Miss miss = single(misses.ofCase(caseId));
    assertThat(miss.rule()).isEqualTo("Safeguarding concern acknowledged within the hour (school hours)");
    assertThat(miss.processKey()).isEqualTo("safeguarding-referral");
    assertThat(miss.broughtIn()).isEqualTo("headteacher");
    assertThat(runtime.getVariable(path, CASE_REFERENCE)).isEqualTo(reference);
  }

  @Test
  void hrs_late_triage_goes_to_the_head_teacher() {
    EngineClock.setTo("2025-10-06T09:00");
    String caseId = cases.reportAndRoute(report(PERPETRATOR_TYPE, "STAFF", EMPLOYED_CENTRALLY, true)).getId();
    String triage = cases.task(caseId, "triage").getId();
    assertThat(cases.candidateGroups(triage)).containsExactly("hr");

    EngineClock.setTo("2025-10-08T08:00");
    checkDeadlines();

    assertThat(cases.candidateGroups(triage)).containsExactly("headteacher", "hr");
    assertThat(mailboxes.subjects("hr", reference(caseId))).contains("Deadline passed: Triage the report ("
        + reference(caseId) + ")");
    assertThat(single(misses.ofCase(caseId)).broughtIn()).isEqualTo("headteacher");
  }

  @Test
  void senior_leaders_late_work_goes_to_the_head_teacher_and_a_statutory_miss_is_marked_so() {
    EngineClock.setTo("2025-10-06T09:00");
    String caseId = cases.reportAndRoute(report(PERPETRATOR_TYPE, "PARENT", VICTIM_TYPE, "STAFF")).getId();
    cases.triage(caseId);
    String support = cases.path(caseId, "victim-support");
    String meeting = cases.task(support, "meet-staff-victim").getId();
    assertThat(cases.candidateGroups(meeting)).containsExactly("slt");

    EngineClock.setTo("2025-10-08T08:00");
    checkDeadlines();

    assertThat(cases.candidateGroups(meeting)).containsExactly("headteacher", "slt");
    List<DeadlineMisses.Miss> missed = misses.ofCase(caseId);
    assertThat(missed).extracting(DeadlineMisses.Miss::taskKey).contains("meet-staff-victim", "screen-staff-allegation");
    assertThat(missed).filteredOn(miss -> miss.taskKey().equals("screen-staff-allegation")).singleElement()
        .satisfies(miss -> {
          assertThat(miss.statutory()).as("KCSIE Part 4").isTrue();
          assertThat(miss.broughtIn()).as("the head teacher's work").isEqualTo("chair");
        });
  }

  @Test
  void the_dsls_share_of_police_liaison_goes_to_the_head_teacher_already_on_it_who_is_told_not_added_twice() {
    EngineClock.setTo("2025-10-06T09:00");
    String caseId = cases.reportAndRoute(report(PERPETRATOR_TYPE, "PARENT")).getId();
    String reference = reference(caseId);
    cases.triage(caseId, CRIMINAL_SUSPICION, true);
    String police = cases.path(caseId, "police-liaison");
    String referral = cases.task(police, "refer-to-police").getId();
    assertThat(cases.candidateGroups(referral)).containsExactly("dsl", "headteacher");

    EngineClock.setTo("2025-10-08T08:00");
    checkDeadlines();

    assertThat(cases.candidateGroups(referral)).containsExactly("dsl", "headteacher");
    assertThat(cases.task(police, "refer-to-police").getPriority()).isEqualTo(Escalations.ESCALATED_PRIORITY);
    assertThat(mailboxes.subjects("head", reference)).contains("Escalated to you: Refer to the police (" + reference + ")");
    assertThat(mailboxes.subjects("dsl", reference)).contains("Deadline passed: Refer to the police (" + reference + ")");
    assertThat(misses.ofCase(caseId)).filteredOn(miss -> miss.taskKey().equals("refer-to-police")).singleElement()
        .satisfies(miss -> assertThat(miss.broughtIn()).isEqualTo("headteacher"));
  }

  @Test
  void the_chairs_late_work_tells_the_administrator_as_there_is_no_vice_chair_and_never_the_subject() {
    EngineClock.setTo("2025-10-06T09:00");
    String caseId = cases.reportAndRoute(report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "head")).getId();
    String reference = reference(caseId);
    String triage = cases.task(caseId, "triage").getId();
    assertThat(cases.candidateGroups(triage)).containsExactly("chair");

    EngineClock.setTo("2025-10-08T08:00");
    checkDeadlines();

    assertThat(cases.candidateGroups(triage)).containsExactly("chair");
    assertThat(mailboxes.subjects("admin", reference))
        .containsExactly("Deadline passed, nobody above: Triage the report (" + reference + ")");
    assertThat(mailboxes.messages("admin")).filteredOn(message -> message.contains(reference)).singleElement()
        .satisfies(message -> assertThat(message).contains("'chair'", "no vice-chair group"));
    assertThat(mailboxes.subjects("chair", reference)).contains("Deadline passed: Triage the report (" + reference + ")");
    assertThat(mailboxes.subjects("head", reference)).as("the subject").isEmpty();
    assertThat(single(misses.ofCase(caseId)).broughtIn()).isEqualTo("camunda-admin");
  }

  @Test
  void a_deadline_the_model_escalates_itself_is_recorded_once_and_not_escalated_again() {
    EngineClock.setTo("2025-10-06T10:00");
    String caseId = cases.reportAndRoute(report(SAFEGUARDING_CONCERN, true, VICTIM_TYPE, "PUPIL",
        PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2")).getId();
    String reference = reference(caseId);
    String path = cases.path(caseId, "safeguarding-referral");
    cases.complete(path, "acknowledge-concern", "initialAssessment", "Read; speaking to the child this morning",
        "adultWorkingWithChildrenImplicated", true);
    Task lado = cases.task(path, "consult-lado");
    assertThat(lado.getDueDate()).isEqualTo(EngineClock.london("2025-10-07T18:00"));

    EngineClock.setTo("2025-10-07T18:20");
    cases.runJobs();
    checkDeadlines();

    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl", "headteacher");
    assertThat(mailboxes.subjects("dsl", reference)).containsOnlyOnce("Deadline passed: Consult the LADO (" + reference + ")");
    DeadlineMisses.Miss miss = misses.ofCase(caseId).stream().filter(m -> m.taskKey().equals("consult-lado"))
        .findFirst().orElseThrow();
    assertThat(miss.rule()).isEqualTo("LADO consulted within 1 working day of the report");
    assertThat(miss.statutory()).isTrue();
    assertThat(miss.broughtIn()).as("the model's own timer brought the head teacher in").isNull();
  }

  /** The engine's deadline round, as its timer would start it. */
  private void checkDeadlines() {
    Job round = management.createJobQuery().processDefinitionKey("deadline-check").activityId("deadline-check-due")
        .singleResult();
    management.executeJob(round.getId());
    cases.runJobs();
  }

  private String reference(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult().getBusinessKey();
  }

  private static Map<String, Object> report(Object... overrides) {
    Map<String, Object> report = Cases.report(overrides);
    report.put(OCCURRED_ON, "2025-10-03");
    return report;
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
