package uk.shine.socialmedia.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.intake.ConcernVariables.VICTIM_TYPE;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;
import uk.shine.socialmedia.support.PathWork;

@CaseEngineTest
class PoliceLiaisonProcessTest extends PathScenario {

  private static final Object[] CRIME = {"criminalSuspicion", true};

  @Autowired RuntimeService runtime;

  PoliceLiaisonProcessTest() {
    super("police-liaison", new Object[] {}, CRIME, List.of("headteacher", "dsl"));
  }

  @Test
  void while_the_police_ask_the_school_to_wait_the_disciplinary_investigation_is_held_then_released() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2"));
    cases.triage(concern.getId(), CRIME);
    String police = cases.path(concern.getId(), "police-liaison");
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    cases.complete(staff, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    cases.complete(staff, "consider-suspension", PathWork.step("staff-disciplinary", "consider-suspension").answers());
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).as("held until the police have been asked").isFalse();

    referToPolice(police, true);

    assertThat(runtime.getVariable(concern.getId(), "policeAskToWait")).isEqualTo(true);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();
    Task firstReview = cases.task(police, "review-police-hold");
    assertThat(firstReview.getDueDate()).isCloseTo(EngineClock.now().toInstant().plus(Duration.ofDays(28)), 60_000);

    EngineClock.forward(Duration.ofDays(28));
    cases.complete(police, "review-police-hold", "crimeReference", "CR/77/26", "policeAskToWait", true,
        "policeReviewNotes", "Officer in charge asks us to wait: interviews next week");
    Task secondReview = cases.task(police, "review-police-hold");
    assertThat(secondReview.getDueDate()).isCloseTo(EngineClock.now().toInstant().plus(Duration.ofDays(14)), 60_000);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    cases.complete(police, "review-police-hold", "crimeReference", "CR/77/26", "policeAskToWait", false,
        "policeReviewNotes", "Police have finished interviews; the school may go ahead");

    assertThat(runtime.getVariable(concern.getId(), "policeAskToWait")).isEqualTo(false);
    assertThat(cases.candidateGroups(cases.task(staff, "appoint-investigating-officer").getId())).containsExactly("headteacher");
    assertThat(cases.hasTask(police, "record-police-outcome")).isTrue();
  }

  @Test
  void when_the_police_do_not_ask_the_school_to_wait_a_pupil_investigation_goes_ahead_at_once() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PUPIL", VICTIM_TYPE, "PUPIL"));
    cases.triage(concern.getId(), CRIME);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isFalse();

    referToPolice(cases.path(concern.getId(), "police-liaison"), false);

    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isTrue();
  }

  @Test
  void an_outcome_of_other_needs_its_details() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    cases.triage(concern.getId(), CRIME);
    String police = cases.path(concern.getId(), "police-liaison");
    referToPolice(police, false);

    assertThatThrownBy(() -> cases.complete(police, "record-police-outcome", "crimeReference", "CR/77/26",
        "policeOutcome", "OTHER")).isInstanceOf(RefusedInput.class).hasMessageContaining("policeOutcomeDetails");

    cases.complete(police, "record-police-outcome", "crimeReference", "CR/77/26", "policeOutcome", "OTHER",
        "policeOutcomeDetails", "Community resolution");
    assertThat(cases.ended(police)).isTrue();
  }

  @Test
  void without_an_answer_from_the_police_within_twelve_weeks_police_liaison_closes_and_records_why() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    cases.triage(concern.getId(), CRIME);
    String police = cases.path(concern.getId(), "police-liaison");
    referToPolice(police, false);

    EngineClock.forward(Duration.ofDays(83));
    cases.runJobs();
    assertThat(cases.hasTask(police, "record-police-outcome")).as("still waiting within the 12 weeks").isTrue();

    EngineClock.forward(Duration.ofDays(2));
    cases.runJobs();

    assertThat(cases.ended(police)).isTrue();
    assertThat(cases.historicVariable(police, "policeOutcome")).isEqualTo("NO_ANSWER");
    assertThat((String) cases.historicVariable(police, "policeOutcomeDetails")).startsWith("No answer from the police");
  }

  @Test
  void a_referral_without_its_crime_reference_is_refused() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report());
    cases.triage(concern.getId(), CRIME);

    assertThatThrownBy(() -> cases.complete(cases.path(concern.getId(), "police-liaison"), "refer-to-police",
        "referredBy", "H. Teacher", "referredAt", minutesAgo(5), "policeOfficer", "PC 1"))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("crimeReference");
  }

  private void referToPolice(String police, boolean askToWait) {
    cases.complete(police, "refer-to-police", "referredBy", "H. Teacher", "referredAt", minutesAgo(30),
        "policeOfficer", "DC Jones", "crimeReference", "CR/77/26", "policeAskToWait", askToWait);
  }
}
