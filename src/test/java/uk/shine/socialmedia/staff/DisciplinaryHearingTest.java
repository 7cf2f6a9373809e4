package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_OUTCOME;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_RESULT;
import static uk.shine.socialmedia.staff.StaffCaseVariables.NEW_HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.deadlines.DeadlineMisses;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.EngineClock;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** The disciplinary hearing part: within 15 working days, one postponement, the invitation and outcome letters. */
@CaseEngineTest
class DisciplinaryHearingTest extends StaffPartTest {

  @Autowired Rest rest;
  @Autowired DeadlineMisses misses;

  @Test
  void a_hearing_is_held_within_fifteen_working_days_and_postponed_once_by_at_most_five() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    String latest = (String) runtime.getVariable(staff, HEARING_LATEST);
    assertThat(latest).isEqualTo(workingDays.plus(workingDays.today(), 15).toString());

    assertThatThrownBy(() -> staffCases.arrangeHearing(staff, LocalDate.parse(latest).plusDays(1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("hearingDate");
    String planned = workingDays.plus(workingDays.today(), 10).toString();
    staffCases.arrangeHearing(staff, planned);
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());

    String tooLate = workingDays.plus(LocalDate.parse(planned), 6).toString();
    assertThatThrownBy(() -> staffCases.postpone(staff, tooLate)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("newHearingDate");
    String newDate = workingDays.plus(LocalDate.parse(planned), 5).toString();
    staffCases.postpone(staff, newDate);
    assertThat(runtime.getVariable(staff, HEARING_DATE)).isEqualTo(newDate);
    assertThat(cases.task(staff, "hold-hearing").getDueDate()).isEqualTo(workingDays.endOf(LocalDate.parse(newDate)));

    assertThatThrownBy(() -> staffCases.postpone(staff, workingDays.plus(LocalDate.parse(newDate), 1).toString()))
        .isInstanceOf(RefusedInput.class).hasMessageContaining("postponed once already");
    staffCases.holdHearing(staff, "FINAL_WRITTEN_WARNING");
    assertThat(cases.hasTask(staff, "send-outcome-letter")).isTrue();
  }

  @Test
  void a_hearing_that_can_no_longer_be_held_in_time_is_arranged_with_the_reason_and_the_miss_is_kept() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    String latest = (String) runtime.getVariable(staff, HEARING_LATEST);
    EngineClock.forward(Duration.ofDays(30));
    String later = workingDays.plus(workingDays.today(), 5).toString();

    assertThatThrownBy(() -> staffCases.arrangeHearing(staff, later)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("hearingLateReason");
    cases.complete(staff, "invite-to-hearing", HEARING_DATE, later, "hearingLateReason",
        "The investigating officer was off sick for three weeks", "hearingTime", "10:00", "hearingPlace", "Office",
        "allegationForLetter", "Posted about colleagues", "evidenceForLetter", "Screen prints of 3 March");

    assertThat(cases.hasTask(staff, "send-hearing-invitation")).as("the case moves on").isTrue();
    String caseId = runtime.createProcessInstanceQuery().processInstanceId(staff).singleResult().getRootProcessInstanceId();
    List<DeadlineMisses.Miss> missed = misses.ofCase(caseId);
    assertThat(missed).hasSize(1);
    assertThat(missed.get(0).rule()).isEqualTo("Disciplinary hearing within 15 working days of the decision");
    assertThat(missed.get(0).statutory()).isTrue();
    assertThat(missed.get(0).taskKey()).isEqualTo(HEARING_DATE);
    assertThat(missed.get(0).dueAt()).isEqualTo(workingDays.endOf(LocalDate.parse(latest)).toInstant());
    assertThat(missed.get(0).doneAt()).isEqualTo(workingDays.endOf(LocalDate.parse(later)).toInstant());
    assertThat(runtime.getVariable(staff, "hearingLateReason")).as("the reason, on the case")
        .isEqualTo("The investigating officer was off sick for three weeks");
  }

  @Test
  void letters_show_what_people_typed_as_text() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    cases.complete(staff, "invite-to-hearing", HEARING_DATE, workingDays.plus(workingDays.today(), 5).toString(),
        "hearingTime", "14:30", "hearingPlace", "Meeting room <b>2</b>",
        "allegationForLetter", "<script>alert('x')</script> posted about colleagues", "evidenceForLetter", "Screen prints");

    String letter = rest.get("head", "/letters/" + staff + "/hearing-invitation").getBody();

    assertThat(letter).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; posted about colleagues",
        "Meeting room &lt;b&gt;2&lt;/b&gt;", "right to be accompanied", "14:30").doesNotContain("<script>");
  }

  @Test
  void the_outcome_letter_after_the_hearing_opens_the_appeal() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");

    staffCases.throughHearing(staff, "FIRST_WRITTEN_WARNING");

    assertThat(staffCases.passed(staff, "hearing-outcome-sent")).isTrue();
    assertThat(cases.hasTask(staff, "record-appeal")).isTrue();
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-outcome").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void a_hearing_needs_five_working_days_written_notice_and_a_sooner_date_is_refused_in_plain_english() {
    String staff = staffCases.toDecision(staffCases.staffCase(STAFF), "FORMAL_HEARING");
    String earliest = workingDays.plus(workingDays.today(), 5).toString();

    assertThatThrownBy(() -> staffCases.arrangeHearing(staff, workingDays.plus(workingDays.today(), 4).toString()))
        .isInstanceOf(RefusedInput.class).hasMessage("The hearing cannot be sooner than " + earliest + ": the member "
            + "of staff must have 5 working days' written notice to prepare for it (hearingDate)");
    assertThat(cases.hasTask(staff, "invite-to-hearing")).as("nothing changed").isTrue();
    assertThat(runtime.getVariable(staff, HEARING_DATE)).isNull();

    staffCases.arrangeHearing(staff, earliest);
    assertThat(cases.hasTask(staff, "send-hearing-invitation")).isTrue();
  }

  @Test
  void an_adjourned_hearing_gets_a_new_date_and_a_new_notice() {
    String staff = staffCases.atTheHearing();

    String tooSoon = workingDays.plus(workingDays.today(), 2).toString();
    assertThatThrownBy(() -> adjourn(staff, tooSoon)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("newHearingDate").hasMessageContaining("5 working days' written notice");
    String newDate = workingDays.plus(workingDays.today(), 6).toString();
    adjourn(staff, newDate);

    assertThat(runtime.getVariable(staff, HEARING_DATE)).isEqualTo(newDate);
    assertThat(runtime.getVariable(staff, "adjournmentReason")).isEqualTo("NEW_EVIDENCE");
    Task invitation = cases.task(staff, "send-hearing-invitation");
    assertThat(invitation.getDueDate()).as("a new notice, 5 working days before the new date")
        .isEqualTo(workingDays.endOf(workingDays.minus(LocalDate.parse(newDate), 5)));
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-invitation").getBody()).as("the new notice")
        .contains(LocalDate.parse(newDate).format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)),
            "The hearing arranged before was adjourned");
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    assertThat(cases.task(staff, "hold-hearing").getDueDate()).isEqualTo(workingDays.endOf(LocalDate.parse(newDate)));

    staffCases.holdHearing(staff, "FIRST_WRITTEN_WARNING");
    assertThat(cases.hasTask(staff, "send-outcome-letter")).isTrue();
  }

  @Test
  void the_hearing_goes_ahead_in_their_absence_only_after_a_second_failure_to_attend() {
    String staff = staffCases.atTheHearing();

    assertThatThrownBy(() -> inAbsence(staff)).isInstanceOf(RefusedInput.class)
        .hasMessageContaining("only when they fail to attend a second time");
    String second = workingDays.plus(workingDays.today(), 5).toString();
    cases.complete(staff, "hold-hearing", HEARING_RESULT, StaffCaseSteps.NOT_ATTENDED, NEW_HEARING_DATE, second);
    assertThat(runtime.getVariable(staff, "missedHearings")).isEqualTo(1);
    assertThat(runtime.getVariable(staff, HEARING_DATE)).isEqualTo(second);
    assertThat(rest.get("head", "/letters/" + staff + "/hearing-invitation").getBody())
        .contains("it may go ahead in your absence");
    cases.complete(staff, "send-hearing-invitation", "invitationSentOn", PathWork.today());
    EngineClock.setTo(second + "T11:00");

    inAbsence(staff);

    assertThat(runtime.getVariable(staff, HEARING_RESULT)).isEqualTo(StaffCaseSteps.HELD_IN_ABSENCE);
    assertThat(cases.hasTask(staff, "send-outcome-letter")).isTrue();
  }

  private void adjourn(String staff, String newDate) {
    cases.complete(staff, "hold-hearing", HEARING_RESULT, StaffCaseSteps.ADJOURNED, "adjournmentReason", "NEW_EVIDENCE",
        NEW_HEARING_DATE, newDate);
  }

  private void inAbsence(String staff) {
    cases.complete(staff, "hold-hearing", HEARING_RESULT, StaffCaseSteps.HELD_IN_ABSENCE, HEARING_OUTCOME,
        "FINAL_WRITTEN_WARNING", "outcomeReasons", "Decided on the evidence after a second failure to attend");
  }
}
