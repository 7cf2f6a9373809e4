package uk.shine.socialmedia.paths;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.shine.socialmedia.support.PathWork;

@CaseEngineTest
class StaffDisciplinaryProcessTest extends PathScenario {

  private static final Object[] STAFF = {"perpetratorType", "STAFF", "subjectUserId", "teacher2"};

  @Autowired RuntimeService runtime;

  StaffDisciplinaryProcessTest() {
    super("staff-disciplinary", STAFF, CONFIRMED, List.of("headteacher"));
  }

  @Test
  void a_held_investigation_checks_the_police_position_again_each_day() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(STAFF));
    String staff = screenedWithCrimeSuspected(concern);
    assertThat(cases.hasTask(staff, "investigate-allegation")).isFalse();

    // a clearance whose release message crossed the investigation's start: only the position changed
    runtime.setVariable(concern.getId(), "policeAskToWait", false);
    EngineClock.forward(Duration.ofHours(23));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "investigate-allegation")).isFalse();

    EngineClock.forward(Duration.ofHours(2));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "investigate-allegation")).isTrue();
  }

  @Test
  void a_held_investigation_keeps_waiting_while_the_police_position_is_unchanged() {
    String staff = screenedWithCrimeSuspected(cases.reportAndRoute(Cases.report(STAFF)));

    EngineClock.forward(Duration.ofDays(3));
    cases.runJobs();

    assertThat(cases.hasTask(staff, "investigate-allegation")).isFalse();
    assertThat(runtime.createExecutionQuery().processInstanceId(staff).activityId("wait-for-police").count()).isEqualTo(1);
  }

  /** A staff case with a crime suspected, past its screening: the investigation is next, if the police allow. */
  private String screenedWithCrimeSuspected(ProcessInstance concern) {
    cases.triage(concern.getId(), "criminalSuspicion", true);
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    cases.complete(staff, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    return staff;
  }
}
