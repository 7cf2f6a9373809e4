package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.pupils.PupilSteps.endOfSchoolDay;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/**
 * A pupil's case is counted by its own school: on its calendar (Elmfield has an INSET day on Monday 1 June
 * 2026 that Villiers does not, application.yaml, so the governors' 15 school days to consider reinstatement
 * fall a day later for an Elmfield pupil suspended on the same day), and against its own suspension totals.
 */
@CaseEngineTest
class PupilsBySchoolProcessTest {

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired Rest rest;
  @Autowired SuspensionRegister register;
  @Autowired SchoolDays schoolDays;

  @Test
  void the_governors_15_school_days_count_on_the_calendar_of_the_cases_school() {
    EngineClock.setTo("2026-05-20T09:00");
    String villiers = suspendedForSixteenDays("teacher", "V5301");
    String elmfield = suspendedForSixteenDays("elmteacher", "E5301");

    // 21, 22 May; half term; 1 to 5 June; 8 to 12 June; 15 to 17 June
    assertThat(runtime.getVariable(villiers, PupilVariables.GOVERNORS_DUE)).isEqualTo(endOfSchoolDay("2026-06-17"));
    assertThat(runtime.getVariable(elmfield, PupilVariables.GOVERNORS_DUE)).as("Elmfield's INSET day on 1 June")
        .isEqualTo(endOfSchoolDay("2026-06-18"));
  }

  @Test
  void a_suspension_cannot_start_on_the_schools_own_inset_day_but_may_on_another_schools() {
    EngineClock.setTo("2026-05-29T09:00");
    String villiers = investigated("teacher", "V5302");
    String elmfield = investigated("elmteacher", "E5302");

    cases.complete(villiers, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 2,
        "suspensionStarts", "2026-06-01", "sanctionReasons", "Serious breach of the behaviour policy");
    assertThat(runtime.getVariable(villiers, PupilVariables.SANCTION)).isEqualTo("SUSPENSION");
    assertRefused(() -> cases.complete(elmfield, "decide-sanction",
        "sanction", "SUSPENSION", "suspensionDays", 2, "suspensionStarts", "2026-06-01",
        "sanctionReasons", "Serious breach of the behaviour policy"), PupilVariables.SUSPENSION_STARTS,
        "must be a school day (not a weekend, holiday, half term or INSET day)");
    assertThat(cases.hasTask(elmfield, "decide-sanction")).as("nothing changed").isTrue();
  }

  @Test
  void suspension_totals_are_each_schools_own() {
    EngineClock.setTo("2026-03-02T09:00");
    var autumn = schoolDays.termOf(LocalDate.parse("2025-11-03")).orElseThrow();
    register.record("elmfield", "SMC-ELM-251103-AAAAA", "S5401", autumn, LocalDate.parse("2025-11-03"), 42);
    String villiers = investigated("teacher", "S5401");
    String elmfield = investigated("elmteacher", "S5401");

    cases.complete(villiers, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 6,
        "suspensionStarts", "2026-03-03", "sanctionReasons", "Serious breach of the behaviour policy");
    assertThat(runtime.getVariable(villiers, PupilVariables.SUSPENDED_DAYS_THIS_TERM))
        .as("Elmfield's 42 days are Elmfield's").isEqualTo(6);
    assertRefused(() -> cases.complete(elmfield, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 6,
        "suspensionStarts", "2026-03-03", "sanctionReasons", "Serious breach of the behaviour policy"),
        PupilVariables.SUSPENSION_DAYS, "This pupil has already been suspended for 42 school days in 2025 to 2026, so this"
            + " suspension can be at most 3 school days");
    assertThat(register.totalInSchoolYear("villiers", "S5401", LocalDate.parse("2026-03-03"))).isEqualTo(6);
    assertThat(register.totalInSchoolYear("elmfield", "S5401", LocalDate.parse("2026-03-03"))).isEqualTo(42);
  }

  private String suspendedForSixteenDays(String reporter, String pupilReference) {
    String pupil = investigated(reporter, pupilReference);
    cases.complete(pupil, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 16,
        "suspensionStarts", today(), "sanctionReasons", "Serious breach of the behaviour policy");
    return pupil;
  }

  /** A pupil case reported by a member of staff of a school, investigated up to the sanction; returns the pupil path. */
  private String investigated(String reporter, String pupilReference) {
    String concern = rest.reportedCase(reporter, Cases.report(PERPETRATOR_TYPE, "PUPIL", OCCURRED_ON, today()));
    cases.runJobs();
    cases.triage(concern);
    String pupil = cases.path(concern, "pupil-behaviour");
    cases.complete(pupil, "investigate-pupil-behaviour", "pupilReference", pupilReference,
        "investigationFindings", "Posted a mocking video of a classmate", "childOnChildAbuse", false);
    return pupil;
  }
}
