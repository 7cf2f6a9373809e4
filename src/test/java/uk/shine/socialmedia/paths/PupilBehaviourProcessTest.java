package uk.shine.socialmedia.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathScenario;

@CaseEngineTest
class PupilBehaviourProcessTest extends PathScenario {

  private static final Object[] PUPIL = {"perpetratorType", "PUPIL", "victimType", "PUPIL"};

  @Autowired RuntimeService runtime;

  PupilBehaviourProcessTest() {
    super("pupil-behaviour", new Object[] {"perpetratorType", "PUPIL"}, CONFIRMED, List.of("slt"));
  }

  @Test
  void the_investigation_waits_while_the_police_ask_and_starts_when_they_clear_it() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PUPIL));
    cases.triage(concern.getId(), "criminalSuspicion", true);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");
    String police = cases.path(concern.getId(), "police-liaison");

    cases.complete(police, "refer-to-police", "referredBy", "H. Teacher", "referredAt", minutesAgo(30),
        "policeOfficer", "DC Jones", "crimeReference", "CR/8/26", "policeAskToWait", true);
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isFalse();

    cases.complete(police, "review-police-hold", "crimeReference", "CR/8/26", "policeAskToWait", false,
        "policeReviewNotes", "Cleared to go ahead");

    assertThat(cases.candidateGroups(cases.task(pupil, "investigate-pupil-behaviour").getId())).containsExactly("slt");
  }

  @Test
  void until_the_police_have_been_asked_the_investigation_waits_and_checks_again_each_day() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PUPIL));
    cases.triage(concern.getId(), "criminalSuspicion", true);
    String pupil = cases.path(concern.getId(), "pupil-behaviour");

    EngineClock.forward(Duration.ofDays(2));
    cases.runJobs();
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isFalse();

    runtime.setVariable(concern.getId(), "policeAskToWait", false);
    EngineClock.forward(Duration.ofDays(1));
    cases.runJobs();
    assertThat(cases.hasTask(pupil, "investigate-pupil-behaviour")).isTrue();
  }
}
