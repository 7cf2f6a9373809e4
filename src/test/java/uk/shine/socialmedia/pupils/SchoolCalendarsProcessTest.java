package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.pupils.PupilSteps.endOfSchoolDay;
import static uk.shine.socialmedia.support.PathWork.today;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.Rest;

/**
 * Each school counts school days on its own calendar: Elmfield has an INSET day on Monday 1 June 2026 that
 * Villiers does not (application.yaml), so the same rule, the governors' 15 school days to consider
 * reinstatement, falls a day later for an Elmfield pupil suspended on the same day.
 */
@CaseEngineTest
class SchoolCalendarsProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;
  @Autowired Rest rest;

  @Test
  void the_governors_15_school_days_count_on_the_calendar_of_the_cases_school() throws Exception {
    EngineClock.setTo("2026-05-20T09:00");
    String villiers = suspendedForSixteenDays("teacher", "V5301");
    String elmfield = suspendedForSixteenDays("elmteacher", "E5301");

    // 21, 22 May; half term; 1 to 5 June; 8 to 12 June; 15 to 17 June
    assertThat(runtime.getVariable(villiers, PupilVariables.GOVERNORS_DUE)).isEqualTo(endOfSchoolDay("2026-06-17"));
    assertThat(runtime.getVariable(elmfield, PupilVariables.GOVERNORS_DUE)).as("Elmfield's INSET day on 1 June")
        .isEqualTo(endOfSchoolDay("2026-06-18"));
  }

  @Test
  void a_suspension_cannot_start_on_the_schools_own_inset_day_but_may_on_another_schools() throws Exception {
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

  private String suspendedForSixteenDays(String reporter, String pupilReference) throws Exception {
    String pupil = investigated(reporter, pupilReference);
    cases.complete(pupil, "decide-sanction", "sanction", "SUSPENSION", "suspensionDays", 16,
        "suspensionStarts", today(), "sanctionReasons", "Serious breach of the behaviour policy");
    return pupil;
  }

  /** A pupil case reported by a member of staff of a school, investigated up to the sanction; returns the pupil path. */
  private String investigated(String reporter, String pupilReference) throws Exception {
    ResponseEntity<String> started = rest.report(reporter, Cases.report(PERPETRATOR_TYPE, "PUPIL", OCCURRED_ON, today()));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String concern = JSON.readTree(started.getBody()).path("id").asText();
    cases.runJobs();
    cases.triage(concern);
    String pupil = cases.path(concern, "pupil-behaviour");
    cases.complete(pupil, "investigate-pupil-behaviour", "pupilReference", pupilReference,
        "investigationFindings", "Posted a mocking video of a classmate", "childOnChildAbuse", false);
    return pupil;
  }
}
