package uk.shine.socialmedia.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.shine.socialmedia.support.EngineClock;

@ExtendWith(EngineClock.class)
class WorkingDaysTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final WorkingDays workingDays = new WorkingDays(new CalendarProperties(LONDON, LocalTime.of(18, 0),
      List.of(LocalDate.parse("2020-05-08"), LocalDate.parse("2023-05-08")), List.of(LocalDate.parse("2020-05-04")),
      Duration.ofHours(1), Period.ofDays(28), Period.ofDays(14), Period.ofDays(14), Period.ofDays(84)));

  @Test
  void the_bank_holidays_of_2026_are_those_gov_uk_publishes() {
    assertThat(workingDays.holidays(2026)).containsExactly(
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"),
        LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-08-31"),
        LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"));
  }

  @Test
  void christmas_on_a_saturday_moves_both_holidays_to_the_next_monday_and_tuesday() {
    assertThat(workingDays.holidays(2027)).containsExactly(
        LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-29"),
        LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-31"), LocalDate.parse("2027-08-30"),
        LocalDate.parse("2027-12-27"), LocalDate.parse("2027-12-28"));
  }

  @Test
  void a_new_year_on_a_sunday_is_taken_on_the_monday() {
    assertThat(workingDays.holidays(2023)).contains(LocalDate.parse("2023-01-02")).doesNotContain(LocalDate.parse("2023-01-01"));
  }

  @Test
  void one_off_and_moved_holidays_come_from_the_configuration() {
    assertThat(workingDays.holidays(2023)).contains(LocalDate.parse("2023-05-08"));
    assertThat(workingDays.holidays(2020)).contains(LocalDate.parse("2020-05-08")).doesNotContain(LocalDate.parse("2020-05-04"));
  }

  @Test
  void one_working_day_after_the_thursday_before_easter_ends_on_the_tuesday() {
    Date thursdayAfternoon = at("2026-04-02T15:30");

    assertThat(workingDays.after(thursdayAfternoon, 1)).isEqualTo(at("2026-04-07T18:00"));
  }

  @Test
  void a_friday_report_is_due_by_the_end_of_monday_and_weekends_never_count() {
    assertThat(workingDays.after(at("2026-11-20T09:00"), 1)).isEqualTo(at("2026-11-23T18:00"));
    assertThat(workingDays.after(at("2026-11-21T09:00"), 1)).isEqualTo(at("2026-11-23T18:00"));
    assertThat(workingDays.plus(LocalDate.parse("2026-11-20"), 10)).isEqualTo(LocalDate.parse("2026-12-04"));
  }

  @Test
  void christmas_2026_skips_friday_and_the_substitute_monday() {
    assertThat(workingDays.plus(LocalDate.parse("2026-12-24"), 1)).isEqualTo(LocalDate.parse("2026-12-29"));
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-29"))).isTrue();
  }

  @Test
  void today_and_deadlines_from_now_follow_the_engines_clock_in_school_time() {
    EngineClock.setTo("2026-10-30T23:30");

    assertThat(workingDays.today()).isEqualTo(LocalDate.parse("2026-10-30"));
    assertThat(workingDays.fromNow(1)).isEqualTo(at("2026-11-02T18:00"));
  }

  @Test
  void a_deadline_on_a_day_ends_when_the_working_day_ends_in_summer_and_in_winter() {
    assertThat(workingDays.endOf(LocalDate.parse("2026-07-01"))).isEqualTo(at("2026-07-01T18:00"));
    assertThat(workingDays.endOf(LocalDate.parse("2026-01-05"))).isEqualTo(at("2026-01-05T18:00"));
    assertThat(workingDays.endOf(LocalDate.parse("2026-07-01")).toInstant()).hasToString("2026-07-01T17:00:00Z");
  }

  @Test
  void counting_back_skips_christmas_and_the_weekend_as_counting_forward_does() {
    assertThat(workingDays.minus(LocalDate.parse("2026-12-29"), 1)).isEqualTo(LocalDate.parse("2026-12-24"));
    assertThat(workingDays.minus(LocalDate.parse("2026-12-04"), 10)).isEqualTo(LocalDate.parse("2026-11-20"));
  }

  @Test
  void no_working_days_later_is_the_day_itself() {
    assertThat(workingDays.plus(LocalDate.parse("2026-11-21"), 0)).isEqualTo(LocalDate.parse("2026-11-21"));
  }

  @Test
  void easter_sunday_is_right_for_years_either_side_of_the_century() {
    assertThat(BankHolidays.easterSunday(2000)).isEqualTo(LocalDate.parse("2000-04-23"));
    assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.parse("2024-03-31"));
    assertThat(BankHolidays.easterSunday(2038)).isEqualTo(LocalDate.parse("2038-04-25"));
  }

  private static Date at(String londonTime) {
    return Date.from(ZonedDateTime.of(java.time.LocalDateTime.parse(londonTime), LONDON).toInstant());
  }
}
