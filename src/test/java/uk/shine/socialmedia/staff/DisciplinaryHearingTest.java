package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_DATE;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HEARING_LATEST;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.PathWork;
import uk.shine.socialmedia.support.Rest;

/** The disciplinary hearing part: within 15 working days, one postponement, the invitation and outcome letters. */
@CaseEngineTest
class DisciplinaryHearingTest extends StaffPartTest {

  @Autowired Rest rest;

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
}
