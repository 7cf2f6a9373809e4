package uk.shine.socialmedia.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales by their standing rules, including the substitute days
 * when a holiday falls at a weekend. One-off holidays (a coronation, a state funeral) and moved ones
 * come from configuration, see {@link CalendarProperties}.
 */
final class BankHolidays {

  private BankHolidays() {
  }

  static Set<LocalDate> of(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(onWeekday(LocalDate.of(year, Month.JANUARY, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    LocalDate may = LocalDate.of(year, Month.MAY, 1);
    days.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = onWeekday(LocalDate.of(year, Month.DECEMBER, 25));
    days.add(christmas);
    // Boxing Day is the next weekday after Christmas Day (or after its substitute)
    days.add(onWeekday(christmas.plusDays(1)));
    return days;
  }

  /** The day itself, or the Monday after when it falls at a weekend. */
  private static LocalDate onWeekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  /** Gregorian Easter Sunday (the anonymous Gregorian computus). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
