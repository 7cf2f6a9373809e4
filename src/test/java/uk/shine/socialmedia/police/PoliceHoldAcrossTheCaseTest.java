package uk.shine.socialmedia.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.support.PathWork.minutesAgo;
import static uk.shine.socialmedia.support.PathWork.today;

import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;

/** A referral to the police recorded anywhere in a case holds the internal steps of every path of it. */
@CaseEngineTest
class PoliceHoldAcrossTheCaseTest {

  @Autowired Cases cases;
  @Autowired TaskService tasks;

  @Test
  void a_parent_reported_to_the_police_holds_the_staff_investigation_until_the_police_clear_it() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT"));
    cases.triage(concern.getId());
    String parent = cases.path(concern.getId(), "parent-conduct");
    cases.complete(parent, "screen-staff-allegation", "staffAllegation", "HARM_THRESHOLD", SUBJECT_USER_ID, "teacher2",
        "screeningNotes", "Says a teacher shouted at a child");
    String staff = cases.path(concern.getId(), "staff-disciplinary");
    cases.complete(parent, "meet-parent", PathWork.step("parent-conduct", "meet-parent").answers());
    cases.complete(parent, "ask-parent-to-remove", PathWork.step("parent-conduct", "ask-parent-to-remove").answers());
    cases.complete(parent, "report-parent-post", PathWork.step("parent-conduct", "report-parent-post").answers());
    cases.complete(parent, "review-parent-conduct", "conductAfterLetter", "THREATS", "conductNotes", "Threats to staff");
    assertThat(cases.pathsOf(concern.getId())).doesNotContain("police-liaison");

    cases.complete(parent, "report-parent-to-police", "policeReportedOn", today(), "crimeReference", "CR/9/26");

    assertThat(cases.pathsOf(concern.getId())).as("someone asks the police whether to wait").containsOnlyOnce("police-liaison");
    cases.complete(staff, "screen-harm-threshold", PathWork.step("staff-disciplinary", "screen-harm-threshold").answers());
    cases.complete(staff, "consider-suspension", PathWork.step("staff-disciplinary", "consider-suspension").answers());
    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).as("held for the police").isFalse();

    cases.complete(cases.path(concern.getId(), "police-liaison"), "refer-to-police", "referredBy", "H. Teacher",
        "referredAt", minutesAgo(30), "policeOfficer", "DC Jones", "crimeReference", "CR/9/26", "policeAskToWait", false);

    assertThat(cases.hasTask(staff, "appoint-investigating-officer")).isTrue();
  }

  @Test
  void a_safeguarding_referral_to_the_police_puts_the_open_parent_steps_aside_until_the_police_clear_the_school() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT", SAFEGUARDING_CONCERN, true));
    cases.triage(concern.getId());
    String parent = cases.path(concern.getId(), "parent-conduct");
    cases.complete(parent, "screen-staff-allegation", PathWork.step("parent-conduct", "screen-staff-allegation").answers());
    Task meeting = cases.task(parent, "meet-parent");
    assertThat(cases.candidateGroups(meeting.getId())).containsExactly("headteacher");

    EngineClock.forward(Duration.ofHours(1));
    referToThePoliceFromSafeguarding(concern.getId());

    assertThat(cases.candidateGroups(meeting.getId())).as("offered to nobody while held").isEmpty();
    assertThat(cases.task(parent, "meet-parent").getDueDate()).isNull();
    assertThatThrownBy(() -> tasks.complete(meeting.getId(), java.util.Map.of("meetingDate", today(),
        "meetingNotes", "Met anyway"))).isInstanceOf(RefusedInput.class).hasMessageContaining("waits for the police");
    String police = cases.path(concern.getId(), "police-liaison");
    assertThat(cases.candidateGroups(cases.task(police, "refer-to-police").getId())).contains("dsl");

    EngineClock.forward(Duration.ofDays(3));
    cases.complete(police, "refer-to-police", "referredBy", "D. Safeguarding", "referredAt", minutesAgo(30),
        "policeOfficer", "DC Jones", "crimeReference", "CR/10/26", "policeAskToWait", false);

    Task released = cases.task(parent, "meet-parent");
    assertThat(cases.candidateGroups(released.getId())).containsExactly("headteacher");
    assertThat(released.getDueDate()).as("the held days do not count against it")
        .isCloseTo(meeting.getDueDate().toInstant().plus(Duration.ofDays(3)), 60_000);
  }

  @Test
  void a_step_created_while_the_case_is_held_waits_too_and_police_liaison_runs_once() {
    ProcessInstance concern = cases.reportAndRoute(Cases.report(PERPETRATOR_TYPE, "PARENT", SAFEGUARDING_CONCERN, true));
    referToThePoliceFromSafeguarding(concern.getId());

    cases.triage(concern.getId(), "criminalSuspicion", true);
    String parent = cases.path(concern.getId(), "parent-conduct");
    cases.complete(parent, "screen-staff-allegation", PathWork.step("parent-conduct", "screen-staff-allegation").answers());

    assertThat(cases.candidateGroups(cases.task(parent, "meet-parent").getId())).isEmpty();
    assertThat(cases.pathsOf(concern.getId())).containsOnlyOnce("police-liaison");
  }

  private void referToThePoliceFromSafeguarding(String caseId) {
    String safeguarding = cases.path(caseId, "safeguarding-referral");
    cases.complete(safeguarding, "acknowledge-concern", PathWork.step("safeguarding-referral", "acknowledge-concern").answers());
    cases.complete(safeguarding, "decide-referrals", "referredToPolice", true, "referredToPoliceAgency", "Local police",
        "referredToPoliceAt", minutesAgo(10), "referredToPoliceReference", "CR/10/26",
        "referralNotes", "Threats to a child");
  }
}
