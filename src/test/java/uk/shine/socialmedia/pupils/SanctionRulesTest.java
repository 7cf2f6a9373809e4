package uk.shine.socialmedia.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.pupils.PupilVariables.PUPIL_REFERENCE;
import static uk.shine.socialmedia.pupils.PupilVariables.SANCTION;
import static uk.shine.socialmedia.pupils.PupilVariables.SUSPENSION_DAYS;
import static uk.shine.socialmedia.pupils.PupilVariables.SUSPENSION_STARTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.shine.socialmedia.deadlines.TestCalendar;

/** A suspension starts on a school day of a configured term, on its own (calendar: {@link TestCalendar#schoolDays()}). */
class SanctionRulesTest {

  /** School days the pupil has already been suspended for in the school year (the register, without a database). */
  private int alreadyThisYear;
  private final SuspensionRegister register = new SuspensionRegister(null) {
    @Override
    public int totalInSchoolYear(String school, String pupilReference, LocalDate day) {
      return "S77".equals(pupilReference) && SchoolYear.of(day).equals(SchoolYear.of(LocalDate.parse("2026-01-06")))
          ? alreadyThisYear : 0;
    }
  };
  private final SanctionRules rules = new SanctionRules(TestCalendar.schoolDays(), register);
  private final Map<String, Object> answers = new HashMap<>(Map.of(SANCTION, Sanction.SUSPENSION.name(),
      PUPIL_REFERENCE, "S77"));

  @Test
  void the_rules_belong_to_the_sanction_decision_form() {
    assertThat(rules.formKey()).isEqualTo("decide-sanction");
  }

  @Test
  void a_sanction_other_than_suspension_needs_no_first_day() {
    answers.put(SANCTION, Sanction.INTERNAL.name());

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_suspension_starting_on_a_school_day_is_accepted() {
    answers.put(SUSPENSION_STARTS, "2026-01-06");

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_suspension_needs_its_first_day() {
    refused("The first day of the suspension (suspensionStarts) is required");
  }

  @Test
  void a_suspension_outside_every_configured_term_asks_for_the_term_dates() {
    answers.put(SUSPENSION_STARTS, "2026-09-07");

    refused("is not in any term the school has configured: ask the administrator to add the term dates");
  }

  @Test
  void a_suspension_cannot_start_in_half_term_or_on_an_inset_day() {
    answers.put(SUSPENSION_STARTS, "2026-02-17");
    refused("must be a school day (not a weekend, holiday, half term or INSET day)");

    answers.put(SUSPENSION_STARTS, "2026-01-05");
    refused("must be a school day");
  }

  @Test
  void a_suspension_may_take_the_pupil_to_45_school_days_in_the_school_year_and_no_further() {
    alreadyThisYear = 40;
    answers.put(SUSPENSION_STARTS, "2026-01-06");
    answers.put(SUSPENSION_DAYS, 5);
    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();

    answers.put(SUSPENSION_DAYS, 6);
    assertRefused(() -> rules.check(answers), SUSPENSION_DAYS, "A pupil can be suspended for at most 45 school days in"
        + " a school year. This pupil has already been suspended for 40 school days in 2025 to 2026, so this suspension"
        + " can be at most 5 school days");
  }

  @Test
  void a_pupil_at_45_school_days_can_have_any_sanction_but_another_suspension() {
    alreadyThisYear = 45;
    answers.put(SUSPENSION_STARTS, "2026-01-06");
    answers.put(SUSPENSION_DAYS, 1);
    assertRefused(() -> rules.check(answers), SUSPENSION_DAYS,
        "so no further suspension is possible this school year: choose another sanction");

    answers.put(SANCTION, Sanction.PERMANENT_EXCLUSION.name());
    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void the_school_year_runs_from_august_to_july() {
    assertThat(SchoolYear.of(LocalDate.parse("2026-07-31")).name()).isEqualTo("2025 to 2026");
    assertThat(SchoolYear.of(LocalDate.parse("2026-08-01")).name()).isEqualTo("2026 to 2027");
  }

  private void refused(String message) {
    assertRefused(() -> rules.check(answers), SUSPENSION_STARTS, message);
  }
}
