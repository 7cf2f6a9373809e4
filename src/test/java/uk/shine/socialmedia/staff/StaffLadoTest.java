package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INDICATES_RISK_TO_CHILDREN;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_DEADLINE_MET;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;

import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/** The LADO consultation part: within one working day, before anything else; the DSL brought in when it is late. */
@CaseEngineTest
class StaffLadoTest extends StaffPartTest {

  @Test
  void a_case_meeting_the_harm_threshold_goes_to_the_lado_before_anything_else() {
    String staff = screenedOverTheThresholdOnThursdayBeforeEaster();

    Task lado = cases.task(staff, "consult-lado");
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("headteacher");
    assertThat(lado.getDueDate()).isEqualTo(EngineClock.london("2026-04-07T18:00"));
    assertThat(cases.hasTask(staff, "consider-suspension")).as("no approach before the LADO").isFalse();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    EngineClock.setTo("2026-04-07T18:01");
    cases.runJobs();
    assertThat(cases.candidateGroups(lado.getId())).containsExactly("dsl", "headteacher");
    assertThat(runtime.getVariable(staff, LADO_DEADLINE_MET)).isEqualTo(false);

    cases.complete(staff, "consult-lado", LADO_CONSULTED_AT, PathWork.minutesAgo(1), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate; police not involved", "ladoView", "INVESTIGATE", "tellAccused", "TELL");
    assertThat(cases.hasTask(staff, "consider-suspension")).isTrue();
  }

  @Test
  void a_lado_consulted_in_time_is_recorded_as_met_and_nobody_else_is_brought_in() {
    String staff = screenedOverTheThresholdOnThursdayBeforeEaster();

    EngineClock.forward(Duration.ofHours(3));
    cases.complete(staff, "consult-lado", LADO_CONSULTED_AT, PathWork.minutesAgo(30), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate", "ladoView", "INVESTIGATE", "tellAccused", "TELL");

    assertThat(runtime.getVariable(staff, LADO_DEADLINE_MET)).isEqualTo(true);
    assertThat(cases.hasTask(staff, "consider-suspension")).isTrue();
    assertThat(management.createJobQuery().processInstanceId(staff).timers().count()).as("the deadline timer went with the task")
        .isZero();
    EngineClock.setTo("2026-04-08T09:00");
    cases.runJobs();
    assertThat(staffCases.passed(staff, "escalate-lado-consultation")).isFalse();
  }

  @Test
  void the_lado_clock_runs_from_the_report_so_a_staff_path_opened_two_days_later_starts_late_and_is_escalated() {
    EngineClock.setTo("2026-03-02T10:00");
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2",
        OCCURRED_ON, "2026-03-01"));
    EngineClock.setTo("2026-03-04T10:00");
    cases.triage(concern.getId());
    String staff = cases.path(concern.getId(), StaffCaseVariables.PROCESS_KEY);

    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", INDICATES_RISK_TO_CHILDREN, true,
        "screeningNotes", "Messages to a pupil late at night");

    Task lado = cases.task(staff, "consult-lado");
    assertThat(runtime.getVariable(staff, StaffCaseVariables.LADO_DUE)).as("the end of the working day after the report")
        .isEqualTo(EngineClock.london("2026-03-03T18:00"));
    assertThat(lado.getDueDate()).isEqualTo(EngineClock.london("2026-03-03T18:00"));
    cases.runJobs();
    assertThat(cases.candidateGroups(lado.getId())).as("already late: the DSL is brought in at once")
        .containsExactly("dsl", "headteacher");
    assertThat(runtime.getVariable(staff, LADO_DEADLINE_MET)).isEqualTo(false);
  }

  /** Reported on Wednesday 1 April 2026, screened on Thursday at 10:00: the LADO is due by the end of Tuesday. */
  private String screenedOverTheThresholdOnThursdayBeforeEaster() {
    EngineClock.setTo("2026-04-02T10:00");
    String staff = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2", OCCURRED_ON, "2026-04-01");

    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", INDICATES_RISK_TO_CHILDREN, true,
        "screeningNotes", "Messages to a pupil late at night");
    return staff;
  }
}
