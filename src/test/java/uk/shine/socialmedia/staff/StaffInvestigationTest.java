package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_MANAGER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.INVESTIGATING_OFFICER;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.Duration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.police.PoliceVariables;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/**
 * The investigation part: held while the police ask the school to wait, the investigating officer,
 * the report and the decision; and the decisions that close the case without a hearing.
 */
@CaseEngineTest
class StaffInvestigationTest extends StaffPartTest {

  @Test
  void the_investigating_officer_cannot_be_the_person_who_hears_the_case() {
    String staff = staffCases.staffCase(STAFF);
    staffCases.breach(staff);
    staffCases.complete(staff, "consider-suspension");

    assertThatThrownBy(() -> cases.complete(staff, "appoint-investigating-officer", INVESTIGATING_OFFICER, "Helen Hearing",
        HEARING_MANAGER, " helen  hearing ", "investigationTerms", "The post")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearingManager");
    staffCases.complete(staff, "appoint-investigating-officer");
    Task investigation = cases.task(staff, "investigate-allegation");
    assertThat(investigation.getDueDate()).isEqualTo(workingDays.fromNow(10));
    assertThat(cases.candidateGroups(investigation.getId())).containsExactly("headteacher", "slt");
  }

  @Test
  void a_held_investigation_checks_the_police_position_again_each_day() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(STAFF));
    String staff = staffCases.screenedWithCrimeSuspected(concern);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    // a clearance whose release message crossed the investigation's start: only the position changed
    runtime.setVariable(concern.getId(), PoliceVariables.POLICE_ASK_TO_WAIT, false);
    EngineClock.forward(Duration.ofHours(23));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    EngineClock.forward(Duration.ofHours(2));
    cases.runJobs();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();
  }

  @Test
  void a_held_investigation_keeps_waiting_while_the_police_position_is_unchanged() {
    String staff = staffCases.screenedWithCrimeSuspected(cases.reportAndRoute(Cases.report(STAFF)));

    EngineClock.forward(Duration.ofDays(3));
    cases.runJobs();

    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();
    assertThat(runtime.createExecutionQuery().processInstanceId(staff).activityId("wait-for-police").count()).isEqualTo(1);
  }

  @Test
  void the_police_clearing_the_school_releases_the_held_investigation_at_once() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(STAFF));
    String staff = staffCases.screenedWithCrimeSuspected(concern);
    String police = cases.path(concern.getId(), PoliceVariables.PROCESS_KEY);
    cases.complete(police, "refer-to-police", "referredBy", "H. Teacher", "referredAt", PathWork.minutesAgo(30),
        "policeOfficer", "DC Jones", "crimeReference", "CR/77/26", PoliceVariables.POLICE_ASK_TO_WAIT, true);
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isFalse();

    cases.complete(police, "review-police-hold", "crimeReference", "CR/77/26", PoliceVariables.POLICE_ASK_TO_WAIT, false,
        "policeReviewNotes", "The school may go ahead");

    assertThat(staffCases.passed(staff, "police-cleared")).as("released by the message, not the daily check").isTrue();
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();
  }

  @Test
  void informal_action_is_recorded_and_closes_the_case() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "INFORMAL_ACTION");

    cases.complete(staff, "record-informal-action", "informalAction", "Reminder of the code of conduct",
        "informalActionOn", PathWork.today());

    assertThat(cases.ended(staff)).isTrue();
  }
}
