package uk.shine.socialmedia.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * The one place deadlines are computed: working days are Monday to Friday except the bank holidays
 * of England and Wales. Models use it as {@code ${workingDays.fromNow(1)}} and the like; "now" is the
 * engine's clock, so tests can move it.
 */
@Component("workingDays")
public class WorkingDays {

  private final CalendarProperties calendar;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  public WorkingDays(CalendarProperties calendar) {
    this.calendar = calendar;
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays(day.getYear()).contains(day);
  }

  /** The working day {@code count} working days after {@code day} (the day itself does not count). */
  public LocalDate plus(LocalDate day, int count) {
    return step(day, count, 1);
  }

  /** The working day {@code count} working days before the given day: "five working days before the hearing". */
  public LocalDate minus(LocalDate day, int count) {
    return step(day, count, -1);
  }

  private LocalDate step(LocalDate day, int count, int direction) {
    LocalDate result = day;
    for (int left = count; left > 0; ) {
      result = result.plusDays(direction);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    return result;
  }

  /** The end of the working day {@code count} working days after the given moment: "within one working day". */
  public Date after(Date moment, int count) {
    LocalDate day = moment.toInstant().atZone(calendar.zone()).toLocalDate();
    return endOf(plus(day, count));
  }

  /** Today in school time, by the engine's clock. */
  public LocalDate today() {
    return EngineTime.today(calendar.zone());
  }

  public Date fromNow(int count) {
    return after(EngineTime.now(), count);
  }

  public Date endOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, calendar.workingDayEnds(), calendar.zone()).toInstant());
  }

  public Set<LocalDate> holidays(int year) {
    return holidaysByYear.computeIfAbsent(year, y -> {
      Set<LocalDate> days = new TreeSet<>(BankHolidays.of(y));
      days.removeAll(calendar.removedHolidays());
      calendar.addedHolidays().stream().filter(day -> day.getYear() == y).forEach(days::add);
      return days;
    });
  }
}
