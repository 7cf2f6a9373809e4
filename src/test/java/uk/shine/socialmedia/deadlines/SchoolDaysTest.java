package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.shine.socialmedia.support.EngineClock;

/** School days as the DfE counts them, on the school calendar of {@link TestCalendar#schoolDays()}. */
@ExtendWith(EngineClock.class)
class SchoolDaysTest {

  private final SchoolDays schoolDays = TestCalendar.schoolDays();

  @Test
  void a_school_day_is_a_working_day_in_term_outside_half_term_that_is_not_an_inset_day() {
    assertThat(schoolDays.isSchoolDay(day("2026-01-06"))).isTrue();
    assertThat(schoolDays.isSchoolDay(day("2026-01-05"))).as("INSET day").isFalse();
    assertThat(schoolDays.isSchoolDay(day("2026-02-17"))).as("half term").isFalse();
    assertThat(schoolDays.isSchoolDay(day("2026-01-10"))).as("Saturday").isFalse();
    assertThat(schoolDays.isSchoolDay(day("2026-05-04"))).as("bank holiday in term").isFalse();
    assertThat(schoolDays.isSchoolDay(day("2026-04-01"))).as("Easter holidays").isFalse();
  }

  @Test
  void half_term_and_the_holidays_between_terms_do_not_count() {
    assertThat(schoolDays.plus(day("2026-02-13"), 1)).isEqualTo(day("2026-02-23"));
    assertThat(schoolDays.plus(day("2026-03-27"), 1)).isEqualTo(day("2026-04-13"));
  }

  @Test
  void fifteen_school_days_from_a_suspension_cross_half_term() {
    assertThat(schoolDays.plus(day("2026-02-09"), 15)).isEqualTo(day("2026-03-09"));
  }

  @Test
  void past_the_last_configured_term_working_days_count_so_no_deadline_is_lost() {
    assertThat(schoolDays.plus(day("2026-07-22"), 1)).isEqualTo(day("2026-07-23"));
    assertThat(schoolDays.plus(day("2026-07-22"), 3)).isEqualTo(day("2026-07-27"));
  }

  @Test
  void a_day_in_half_term_is_still_in_its_term_and_a_holiday_in_none() {
    assertThat(schoolDays.termOf(day("2026-02-17"))).get().extracting(SchoolCalendarProperties.Term::name)
        .isEqualTo("Spring 2026");
    assertThat(schoolDays.termOf(day("2026-04-01"))).isEmpty();
  }

  @Test
  void a_deadline_in_school_days_ends_at_the_end_of_the_working_day_by_the_engines_clock() {
    EngineClock.setTo("2026-02-12T10:00");

    assertThat(schoolDays.fromNow(3)).isEqualTo(EngineClock.london("2026-02-24T18:00"));
    assertThat(schoolDays.today()).isEqualTo(day("2026-02-12"));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
