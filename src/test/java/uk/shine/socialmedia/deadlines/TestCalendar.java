package uk.shine.socialmedia.deadlines;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/** The calendar of the unit tests, built by hand: England and Wales, the working day ends at 18:00 London time. */
public final class TestCalendar {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private TestCalendar() {
  }

  public static CalendarProperties calendar() {
    return new CalendarProperties(LONDON, LocalTime.of(18, 0), List.<LocalDate>of(), List.<LocalDate>of(),
        Duration.ofHours(1), Period.ofDays(28), Period.ofDays(14), Period.ofDays(14), Period.ofDays(84));
  }

  public static WorkingDays workingDays() {
    return new WorkingDays(calendar());
  }

  /**
   * A school's year from January to July 2026: the spring term (INSET on its first day, half term
   * 16 to 20 February) and the summer term (half term 25 to 29 May); nothing configured after it.
   */
  public static SchoolDays schoolDays() {
    var spring = new SchoolCalendarProperties.Term("Spring 2026", LocalDate.parse("2026-01-05"),
        LocalDate.parse("2026-03-27"), LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-20"));
    var summer = new SchoolCalendarProperties.Term("Summer 2026", LocalDate.parse("2026-04-13"),
        LocalDate.parse("2026-07-22"), LocalDate.parse("2026-05-25"), LocalDate.parse("2026-05-29"));
    var school = new SchoolCalendarProperties(List.of(spring, summer), List.of(LocalDate.parse("2026-01-05")),
        Period.ofDays(56), Period.ofMonths(6), 10);
    WorkingDays workingDays = workingDays();
    return new SchoolDays(school, workingDays, new Deadlines(calendar(), workingDays));
  }
}
