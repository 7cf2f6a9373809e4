package uk.shine.socialmedia.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Mailboxes;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class SafeguardingReferralProcessTest extends PathScenario {

  private static final Object[] CONCERN = {"safeguardingConcern", true, VICTIM_TYPE, "PUPIL"};
  /** A member of staff implicated: the LADO must be consulted within one working day. */
  private static final Object[] ABOUT_STAFF = {"safeguardingConcern", true, VICTIM_TYPE, "PUPIL",
      PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2", OCCURRED_ON, "2026-04-01"};

  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired Mailboxes mailboxes;

  SafeguardingReferralProcessTest() {
    super("safeguarding-referral", CONCERN, BEFORE_TRIAGE, List.of("dsl"));
  }

  @Test
  void acknowledging_records_when_and_by_whom_and_tells_the_reporter_once() {
    String path = cases.path(cases.reportAs("teacher", Cases.report(CONCERN)).getId(), "safeguarding-referral");

    String taskId = cases.task(path, "acknowledge-concern").getId();
    identity.setAuthentication("dsl", List.of("dsl"), cases.schoolsOf("dsl"));
    try {
      tasks.complete(taskId, Map.of("initialAssessment", "Read; speaking to the child this morning",
          "adultWorkingWithChildrenImplicated", false));
    } finally {
      identity.clearAuthentication();
    }
    cases.runJobs();

    assertThat(runtime.getVariable(path, "acknowledgedBy")).isEqualTo("dsl");
    String reference = (String) runtime.getVariable(path, CASE_REFERENCE);
    assertThat(mailboxes.subjects("teacher", reference)).containsExactly("Your report " + reference + " has been received",
        "Your report " + reference + " has been seen");
    cases.triage(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey("social-media-concern").singleResult().getId());
    assertThat(mailboxes.subjects("teacher", reference)).hasSize(2); // seen once: not again at triage
    assertThat((Date) runtime.getVariable(path, "acknowledgedAt")).isCloseTo(EngineClock.now(), 5_000);
    assertThat(cases.hasTask(path, "consult-lado")).isFalse();
    assertThat(cases.hasTask(path, "decide-referrals")).isTrue();
  }

  @Test
  void a_concern_about_staff_arrives_with_the_adult_implicated_and_the_lado_due_after_the_easter_weekend() {
    EngineClock.setTo("2026-04-02T10:00");
    String path = safeguardingPath(ABOUT_STAFF);
    assertThat(runtime.getVariable(path, "adultWorkingWithChildrenImplicated")).isEqualTo(true);

    acknowledge(path, true);

    Task lado = cases.task(path, "consult-lado");
    assertThat(lado.getDueDate()).isEqualTo(london("2026-04-07T18:00"));
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl");
  }

  @Test
  void when_the_working_day_passes_without_the_lado_the_head_teacher_gets_it_too() {
    EngineClock.setTo("2026-04-02T10:00");
    String path = safeguardingPath(ABOUT_STAFF);
    acknowledge(path, true);

    EngineClock.setTo("2026-04-07T17:59");
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(path, "consult-lado").getId())).containsExactly("dsl");

    EngineClock.setTo("2026-04-07T18:01");
    cases.runJobs();
    Task lado = cases.task(path, "consult-lado");
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl", "headteacher");
    assertThat(lado.getPriority()).isEqualTo(100);
    assertThat(runtime.getVariable(path, "ladoDeadlineMet")).isEqualTo(false);
    String reference = (String) runtime.getVariable(path, CASE_REFERENCE);
    assertThat(mailboxes.subjects("head", reference)).contains("Escalated to you: Consult the LADO (" + reference + ")");
    assertThat(mailboxes.subjects("dsl", reference)).contains("Deadline passed: Consult the LADO (" + reference + ")");
  }

  @Test
  void a_concern_found_at_triage_two_days_after_the_report_has_the_lado_due_from_the_report_and_is_late_at_once() {
    EngineClock.setTo("2026-03-02T10:00");
    String caseId = cases.reportAndRoute(Cases.report(VICTIM_TYPE, "PUPIL", PERPETRATOR_TYPE, "STAFF",
        SUBJECT_USER_ID, "teacher2", OCCURRED_ON, "2026-03-01")).getId();
    EngineClock.setTo("2026-03-04T10:00");
    cases.triage(caseId, SAFEGUARDING_CONCERN, true);
    String path = cases.path(caseId, SafeguardingVariables.PROCESS_KEY);

    acknowledge(path, true);

    assertThat(runtime.getVariable(path, SafeguardingVariables.CONCERN_RAISED_AT)).isEqualTo(london("2026-03-02T10:00"));
    Task lado = cases.task(path, "consult-lado");
    assertThat(lado.getDueDate()).as("the end of the working day after the report").isEqualTo(london("2026-03-03T18:00"));
    cases.runJobs();
    assertThat(cases.candidateGroups(cases.task(path, "consult-lado").getId())).containsExactly("dsl", "headteacher");
    assertThat(runtime.getVariable(path, SafeguardingVariables.LADO_DEADLINE_MET)).isEqualTo(false);
  }

  @Test
  void a_lado_consultation_within_the_working_day_counts_as_met() {
    EngineClock.setTo("2026-04-02T10:00");
    String path = safeguardingPath(ABOUT_STAFF);
    acknowledge(path, true);

    EngineClock.setTo("2026-04-06T12:00");
    cases.complete(path, "consult-lado", "ladoConsultedAt", "2026-04-02T15:20", "ladoName", "A. Officer",
        "ladoAdvice", "Strategy discussion tomorrow; do not speak to the member of staff");

    assertThat(runtime.getVariable(path, "ladoDeadlineMet")).isEqualTo(true);
    assertThat(cases.hasTask(path, "consult-lado")).isFalse();
  }

  @Test
  void a_referral_decision_needs_a_referral_or_monitoring_and_each_referral_its_details() {
    String path = safeguardingPath(CONCERN);
    acknowledge(path, false);

    assertThatThrownBy(() -> cases.complete(path, "decide-referrals", "referralNotes", "Thinking"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("monitorOnly");
    assertThatThrownBy(() -> cases.complete(path, "decide-referrals", "referredToSocialCare", true, "monitorOnly", true,
        "referredToSocialCareAgency", "MASH", "referredToSocialCareAt", minutesAgo(5),
        "referredToSocialCareReference", "M-1", "referralNotes", "Both")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("cannot go with a referral");
    assertThatThrownBy(() -> cases.complete(path, "decide-referrals", "referredToSocialCare", true,
        "referralNotes", "Referred")).isInstanceOf(RefusedInput.class).hasMessageContaining("referredToSocialCareAgency");

    cases.complete(path, "decide-referrals", "referredToSocialCare", true, "referredToSocialCareAgency", "County MASH",
        "referredToSocialCareAt", minutesAgo(20), "referredToSocialCareReference", "MASH-2231",
        "referredToCeop", true, "referredToCeopAgency", "CEOP online report", "referredToCeopAt", minutesAgo(10),
        "referredToCeopReference", "awaited", "referralNotes", "Grooming suspected: MASH and CEOP");

    assertThat(runtime.getVariable(path, "referredToSocialCareReference")).isEqualTo("MASH-2231");
    assertThat(cases.task(path, "review-safeguarding").getDueDate())
        .isCloseTo(EngineClock.now().toInstant().plus(Duration.ofDays(14)), 60_000);
  }

  @Test
  void reviews_continue_and_may_add_referrals_until_the_dsl_closes_the_concern() {
    String path = safeguardingPath(CONCERN);
    acknowledge(path, false);
    cases.complete(path, "decide-referrals", "monitorOnly", true, "referralNotes", "Monitor first");

    EngineClock.forward(Duration.ofDays(14));
    cases.complete(path, "review-safeguarding", "reviewNotes", "Still worried", "reviewDecision", "CONTINUE");
    assertThat(cases.task(path, "review-safeguarding").getDueDate())
        .isCloseTo(EngineClock.now().toInstant().plus(Duration.ofDays(14)), 60_000);

    cases.complete(path, "review-safeguarding", "reviewNotes", "New disclosure", "reviewDecision", "MORE_REFERRALS");
    cases.complete(path, "decide-referrals", "monitorOnly", false, "referredToEarlyHelp", true,
        "referredToEarlyHelpAgency", "Early Help hub", "referredToEarlyHelpAt", minutesAgo(5),
        "referredToEarlyHelpReference", "EH-7", "referralNotes", "Family support needed");

    assertThatThrownBy(() -> cases.complete(path, "review-safeguarding", "reviewNotes", "Done", "reviewDecision", "CLOSE"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("safeguardingOutcome");
    cases.complete(path, "review-safeguarding", "reviewNotes", "Family engaged with Early Help",
        "reviewDecision", "CLOSE", "safeguardingOutcome", "EARLY_HELP");
    assertThat(cases.ended(path)).isTrue();
  }

  @Test
  void the_concern_stays_open_until_the_lado_has_been_consulted() {
    String path = safeguardingPath(ABOUT_STAFF);
    acknowledge(path, true);
    cases.complete(path, "decide-referrals", "monitorOnly", true, "referralNotes", "LADO leads");
    cases.complete(path, "review-safeguarding", "reviewNotes", "LADO strategy meeting held", "reviewDecision", "CLOSE",
        "safeguardingOutcome", "NO_CONCERN_FOUND");
    assertThat(cases.ended(path)).isFalse();

    cases.complete(path, "consult-lado", "ladoConsultedAt", minutesAgo(5), "ladoName", "A. Officer",
        "ladoAdvice", "No further LADO involvement");

    assertThat(cases.ended(path)).isTrue();
  }

  private String safeguardingPath(Object... report) {
    return cases.path(cases.reportAndRoute(Cases.report(report)).getId(), "safeguarding-referral");
  }

  private void acknowledge(String path, boolean adultImplicated) {
    cases.complete(path, "acknowledge-concern", "initialAssessment", "Read; speaking to the child this morning",
        "adultWorkingWithChildrenImplicated", adultImplicated);
  }

  private static Date london(String time) {
    return Date.from(LocalDateTime.parse(time).atZone(ZoneId.of("Europe/London")).toInstant());
  }
}
