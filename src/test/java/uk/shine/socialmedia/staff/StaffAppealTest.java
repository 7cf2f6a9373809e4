package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MAY_HAVE_HARMED_CHILD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** The appeal part: within 5 working days of the outcome letter, heard by someone not involved before. */
@CaseEngineTest
class StaffAppealTest extends StaffPartTest {

  @Autowired Rest rest;

  @Test
  void an_appeal_in_time_is_heard_by_someone_new_and_an_allegation_ends_with_its_kcsie_outcome_and_referrals() {
    String staff = staffCases.staffCase(STAFF);
    cases.complete(staff, "screen-harm-threshold", STAFF_MEMBER_NAME, "Sam Staff", MAY_HAVE_HARMED_CHILD, true,
        "screeningNotes", "Physical harm alleged");
    cases.complete(staff, "consult-lado", LADO_CONSULTED_AT, PathWork.minutesAgo(5), "ladoName", "A. Officer",
        "ladoAdvice", "School to investigate", "ladoView", "INVESTIGATE", "tellAccused", "TELL");
    staffCases.throughInvestigation(staff, "FORMAL_HEARING");
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    staffCases.holdHearing(staff, "DISMISSAL");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
    String deadline = (String) runtime.getVariable(staff, APPEAL_DEADLINE);
    assertThat(deadline).isEqualTo(workingDays.plus(workingDays.today(), 5).toString());

    assertThatThrownBy(() -> cases.complete(staff, "record-appeal",
        staffCases.appealReceived(LocalDate.parse(deadline).plusDays(1).toString())))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("out of time");
    staffCases.appeal(staff, PathWork.today());
    assertThatThrownBy(() -> staffCases.hearAppeal(staff, "Helen Hearing")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearing manager");
    assertThatThrownBy(() -> staffCases.hearAppeal(staff, "Ian Vestigator")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("investigating officer");
    staffCases.hearAppeal(staff, "Gill Governor");
    cases.complete(staff, "send-appeal-outcome-letter", "appealOutcomeSentOn", PathWork.today());

    staffCases.substantiatedAndReferred(staff);
    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void the_appeal_window_counts_from_the_outcome_letter_not_from_the_hearing() {
    EngineClock.setTo("2026-03-02T10:00");
    String staff = staffCases.toDecision(staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2",
        OCCURRED_ON, "2026-03-01"), "FORMAL_HEARING");
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    staffCases.holdHearing(staff, "FIRST_WRITTEN_WARNING");
    assertThat(runtime.getVariable(staff, APPEAL_DEADLINE)).as("the hearing does not open the window").isNull();
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-outcome").getBody())
        .contains("within five working days of the date of this letter");

    EngineClock.setTo("2026-03-09T10:00");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", "2026-03-09");

    assertThat(runtime.getVariable(staff, APPEAL_DEADLINE)).isEqualTo("2026-03-16");
    assertThat(cases.task(staff, "record-appeal").getDueDate()).isEqualTo(EngineClock.london("2026-03-16T18:00"));
    EngineClock.setTo("2026-03-13T10:00");
    staffCases.appeal(staff, "2026-03-13");
    assertThat(cases.hasTask(staff, "hear-appeal")).as("in time: a week after the hearing, 4 days after the letter")
        .isTrue();
  }

  @Test
  void no_appeal_and_no_allegation_about_children_closes_the_case_after_the_outcome() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");

    cases.complete(staff, "record-appeal", APPEAL_DECISION, "NO_APPEAL");

    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void an_appeal_never_lodged_lets_the_outcome_stand_and_the_case_moves_on_by_itself() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");
    LocalDate deadline = LocalDate.parse((String) runtime.getVariable(staff, APPEAL_DEADLINE));
    Date closes = workingDays.endOf(workingDays.plus(deadline, 2));
    assertThat(runtime.getVariable(staff, "appealWindowClosesAt")).as("2 working days to record a late-posted appeal")
        .isEqualTo(closes);

    EngineClock.setTo(deadline.atTime(LocalTime.of(19, 0)).toString());
    cases.runJobs();
    assertThat(cases.hasTask(staff, "record-appeal")).as("the window's last day has passed, but not the grace")
        .isTrue();

    EngineClock.setTo(workingDays.plus(deadline, 3).atTime(LocalTime.of(9, 0)).toString());
    cases.runJobs();

    assertThat(cases.ended(staff)).as("the case moved on without anyone").isTrue();
    assertThat(staffCases.passed(staff, "appeal-not-lodged")).isTrue();
    assertThat(staffCases.passed(staff, "hear-appeal")).isFalse();
    assertThat(cases.historicVariable(staff, APPEAL_DECISION)).isEqualTo("NO_APPEAL");
    assertThat(cases.historicVariable(staff, "outcomeStandsReason"))
        .isEqualTo("No appeal was lodged within the appeal window: the outcome stands.");
  }

  @Test
  void an_appeal_recorded_in_the_grace_days_is_still_heard() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");
    LocalDate deadline = LocalDate.parse((String) runtime.getVariable(staff, APPEAL_DEADLINE));

    EngineClock.setTo(workingDays.plus(deadline, 1).atTime(LocalTime.of(9, 0)).toString());
    cases.runJobs();
    staffCases.appeal(staff, deadline.toString());

    assertThat(cases.hasTask(staff, "hear-appeal")).isTrue();
    assertThat(management.createJobQuery().processInstanceId(staff).timers().count()).as("the window's timer is gone")
        .isZero();
  }

  @Test
  void the_appeal_meeting_needs_notice_and_its_invitation_gives_the_right_to_be_accompanied() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");
    Object[] tooSoon = staffCases.appealReceived(PathWork.today());
    tooSoon[5] = workingDays.plus(workingDays.today(), 2).toString();

    assertThatThrownBy(() -> cases.complete(staff, "record-appeal", tooSoon)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("The appeal meeting cannot be sooner than").hasMessageContaining("(appealMeetingDate)");
    cases.complete(staff, "record-appeal", staffCases.appealReceived(PathWork.today()));

    assertThat(cases.task(staff, "send-appeal-invitation").getDueDate()).isEqualTo(workingDays.fromNow(2));
    assertThat(rest.get("head", "/letters/" + staff + "/appeal-invitation").getBody())
        .contains("Invitation to your appeal meeting", "right to be accompanied", "The governors&#39; room",
            "not previously involved");
    cases.complete(staff, "send-appeal-invitation", "appealInvitationSentOn", PathWork.today());
    assertThat(cases.hasTask(staff, "hear-appeal")).isTrue();
  }
}
