package uk.shine.socialmedia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.intake.ConcernVariables.EMPLOYED_CENTRALLY;
import static uk.shine.socialmedia.intake.ConcernVariables.PERPETRATOR_TYPE;
import static uk.shine.socialmedia.intake.ConcernVariables.SUBJECT_USER_ID;
import static uk.shine.socialmedia.staff.StaffCaseVariables.HARM_THRESHOLD;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PATTERN_DECISION;
import static uk.shine.socialmedia.staff.StaffCaseVariables.PREVIOUS_LOW_LEVEL_CONCERNS;
import static uk.shine.socialmedia.staff.StaffCases.STAFF;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;

/** The screening part: the harm threshold, the low-level concerns register, and who screens. */
@CaseEngineTest
class StaffScreeningTest extends StaffPartTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void a_low_level_concern_goes_into_the_register_and_a_pattern_takes_it_to_the_lado() {
    String first = staffCases.staffCase(STAFF);
    staffCases.lowLevelConcern(first, "Sam Pattern");
    assertThat(runtime.getVariable(first, PREVIOUS_LOW_LEVEL_CONCERNS)).isEqualTo(0);
    cases.complete(first, "review-low-level-pattern", PATTERN_DECISION, "NO_PATTERN", "patternNotes", "First concern");
    assertThat(cases.ended(first)).isTrue();

    String second = staffCases.staffCase(STAFF);
    staffCases.lowLevelConcern(second, "sam  pattern");

    assertThat(runtime.getVariable(second, PREVIOUS_LOW_LEVEL_CONCERNS)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from low_level_concern where staff_user_id = 'teacher2'", Integer.class))
        .isGreaterThanOrEqualTo(2);
    cases.complete(second, "review-low-level-pattern", PATTERN_DECISION, "PATTERN",
        "patternNotes", "Second concern about boundaries with pupils in a term");
    assertThat(cases.hasTask(second, "consult-lado")).isTrue();
    assertThat(runtime.getVariable(second, HARM_THRESHOLD)).isEqualTo("MET");
  }

  @Test
  void a_conduct_breach_goes_to_the_suspension_decision_without_the_lado_or_the_register() {
    String staff = staffCases.staffCase(STAFF);

    staffCases.breach(staff);

    assertThat(runtime.getVariable(staff, HARM_THRESHOLD)).isEqualTo(HarmThreshold.BREACH.name());
    assertThat(cases.hasTask(staff, "consider-suspension")).isTrue();
    assertThat(staffCases.passed(staff, "consult-lado")).isFalse();
    assertThat(staffCases.passed(staff, "record-low-level-concern")).isFalse();
  }

  @Test
  void a_centrally_employed_member_of_staff_is_handled_by_hr_and_the_head_teacher_by_the_chair() {
    String central = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", EMPLOYED_CENTRALLY, true);
    assertThat(cases.candidateGroups(cases.task(central, "screen-harm-threshold").getId())).containsExactly("hr");

    String aboutHead = staffCases.staffCase(PERPETRATOR_TYPE, "STAFF", SUBJECT_USER_ID, "head");
    assertThat(cases.candidateGroups(cases.task(aboutHead, "screen-harm-threshold").getId())).containsExactly("chair");
  }
}
