package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.intake.ConcernVariables.OCCURRED_ON;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.ALLEGATION_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DEADLINE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.APPEAL_RECEIVED_ON;
import static uk.shine.socialmedia.staff.StaffCaseVariables.IS_TEACHER;
import static uk.shine.socialmedia.staff.StaffCaseVariables.LADO_CONSULTED_AT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.MAY_HAVE_HARMED_CHILD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.REMOVED_FROM_REGULATED_ACTIVITY;
import static uk.shine.socialmedia.staff.StaffCaseVariables.STAFF_MEMBER_NAME;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.LocalDate;
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
        "ladoAdvice", "School to investigate");
    staffCases.throughInvestigation(staff, "FORMAL_HEARING");
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 5).toString());
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    staffCases.holdHearing(staff, "DISMISSAL");
    cases.complete(staff, "send-outcome-letter", "outcomeSentOn", PathWork.today());
    String deadline = (String) runtime.getVariable(staff, APPEAL_DEADLINE);
    assertThat(deadline).isEqualTo(workingDays.plus(workingDays.today(), 5).toString());

    assertThatThrownBy(() -> cases.complete(staff, "record-appeal", APPEAL_DECISION, "APPEALED",
        APPEAL_RECEIVED_ON, LocalDate.parse(deadline).plusDays(1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("out of time");
    cases.complete(staff, "record-appeal", APPEAL_DECISION, "APPEALED", APPEAL_RECEIVED_ON, PathWork.today());
    assertThatThrownBy(() -> staffCases.hearAppeal(staff, "Helen Hearing")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearing manager");
    assertThatThrownBy(() -> staffCases.hearAppeal(staff, "Ian Vestigator")).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("investigating officer");
    staffCases.hearAppeal(staff, "Gill Governor");
    cases.complete(staff, "send-appeal-outcome-letter", "appealOutcomeSentOn", PathWork.today());

    cases.complete(staff, "record-allegation-outcome", ALLEGATION_OUTCOME, "SUBSTANTIATED",
        REMOVED_FROM_REGULATED_ACTIVITY, true, IS_TEACHER, true);
    cases.complete(staff, "refer-to-dbs", "dbsReferredOn", PathWork.today(), "dbsReference", "awaited");
    cases.complete(staff, "consider-tra-referral", "traDecision", "REFERRED", "traReferredOn", PathWork.today(),
        "traReasons", "Serious misconduct towards a pupil");
    assertThat(cases.ended(staff)).isTrue();
  }

  @Test
  void the_appeal_window_counts_from_the_outcome_letter_not_from_the_hearing() {
    EngineClock.setTo("2026-03-02T10:00");
    String staff = staffCases.toDecision(staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "teacher2",
        OCCURRED_ON, "2026-03-01"), "FORMAL_HEARING");
    staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 3).toString());
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
    cases.complete(staff, "record-appeal", APPEAL_DECISION, "APPEALED", APPEAL_RECEIVED_ON, "2026-03-13");
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
}
