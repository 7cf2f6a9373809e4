package uk.shine.socialmedia.deadlines;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns the "due" of a deadline rule (processes/task-deadlines.dmn) into a moment, counted from now by
 * the engine's clock: "1 working day" (the end of the next working day), "15 school days", "28 days",
 * "2 weeks", "1 month", "1 hour", "1 hour in working hours" (from the start of the next working day
 * when it is outside one), "5 working days before hearingDate" (a date a form set; never before the
 * end of today), or an ISO period or duration a school's override may give ("P3D": three days, "PT4H": four
 * hours). "set by the model: ..." is not computed here: the model's own expression is.
 */
@Component
class DueDates {

  static final String SET_BY_THE_MODEL = "set by the model";
  private static final Pattern COUNT = Pattern.compile(
      "(\\d+) (working day|school day|day|week|month|hour)s?( in working hours)?");
  private static final Pattern BEFORE = Pattern.compile("(\\d+) working days? before ([A-Za-z][A-Za-z0-9_]*)");

  private final WorkingDays workingDays;
  private final SchoolDays schoolDays;
  private final Deadlines deadlines;
  private final CalendarProperties calendar;
  private final TaskDeadlineProperties properties;

  DueDates(WorkingDays workingDays, SchoolDays schoolDays, Deadlines deadlines, CalendarProperties calendar,
      TaskDeadlineProperties properties) {
    this.workingDays = workingDays;
    this.schoolDays = schoolDays;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.properties = properties;
  }

  static boolean setByTheModel(String due) {
    return due.trim().toLowerCase(Locale.ROOT).startsWith(SET_BY_THE_MODEL);
  }

  /** A due this class can count from now alone (what a school's override may say): a count, or an ISO period or duration. */
  static boolean countsFromNow(String due) {
    return COUNT.matcher(due.trim().toLowerCase(Locale.ROOT)).matches() || iso(due) != null;
  }

  /** "P3D" or "PT4H" as a period or a duration; null for anything else. */
  private static Object iso(String due) {
    String text = due.trim().toUpperCase(Locale.ROOT);
    try {
      return text.contains("T") ? Duration.parse(text) : Period.parse(text);
    } catch (DateTimeParseException notIso) {
      return null;
    }
  }

  /** A rule counted in hours ("1 hour", "24 hours", "1 hour in working hours"): the short, urgent ones. */
  static boolean countedInHours(String due) {
    Matcher count = COUNT.matcher(due.trim().toLowerCase(Locale.ROOT));
    return count.matches() && "hour".equals(count.group(2));
  }

  /** As {@link #due(String, Function, String)}, on the trust's default school calendar. */
  Date due(String due, Function<String, Object> variables) {
    return due(due, variables, null);
  }

  /**
   * @param variables reads a variable of the task's process, for "... before variable"
   * @param school the tenant of the task's case, whose calendar counts school days
   * @throws IllegalArgumentException when the text is none of the forms above (the table says what they are)
   */
  Date due(String due, Function<String, Object> variables, String school) {
    String text = due.trim().toLowerCase(Locale.ROOT);
    Matcher count = COUNT.matcher(text);
    if (count.matches()) {
      int n = Integer.parseInt(count.group(1));
      boolean inWorkingHours = count.group(3) != null;
      return switch (count.group(2)) {
        case "working day" -> workingDays.fromNow(n);
        case "school day" -> schoolDays.of(school).fromNow(n);
        case "day" -> deadlines.fromNow(Period.ofDays(n));
        case "week" -> deadlines.fromNow(Period.ofWeeks(n));
        case "month" -> deadlines.fromNow(Period.ofMonths(n));
        default -> Date.from((inWorkingHours ? startOfWorkingTime() : now()).plus(Duration.ofHours(n)).toInstant());
      };
    }
    Object iso = iso(due);
    if (iso instanceof Period period) {
      return deadlines.fromNow(period);
    }
    if (iso instanceof Duration duration) {
      return Date.from(now().plus(duration).toInstant());
    }
    Matcher before = BEFORE.matcher(due.trim());
    if (before.matches()) {
      Object date = variables.apply(before.group(2));
      if (date == null) {
        throw new IllegalStateException("The deadline counts back from " + before.group(2) + ", which is not set");
      }
      LocalDate day = workingDays.minus(LocalDate.parse(date.toString()), Integer.parseInt(before.group(1)));
      return notBeforeTheEndOfToday(workingDays.endOf(day));
    }
    throw new IllegalArgumentException("Not a due date the deadline table knows: '" + due + "'");
  }

  private ZonedDateTime now() {
    return deadlines.now().toInstant().atZone(calendar.zone());
  }

  /** Now during working hours of a working day, else the start of the next working day. */
  private ZonedDateTime startOfWorkingTime() {
    ZonedDateTime now = now();
    LocalDate today = now.toLocalDate();
    LocalTime time = now.toLocalTime();
    if (workingDays.isWorkingDay(today)) {
      if (time.isBefore(properties.workingDayStarts())) {
        return today.atTime(properties.workingDayStarts()).atZone(calendar.zone());
      }
      if (time.isBefore(calendar.workingDayEnds())) {
        return now;
      }
    }
    return workingDays.plus(today, 1).atTime(properties.workingDayStarts()).atZone(calendar.zone());
  }

  /** A date counted back that has already passed: the task is due today, or on the next working day after hours. */
  private Date notBeforeTheEndOfToday(Date due) {
    Date endOfToday = workingDays.fromNow(0);
    if (!due.before(endOfToday)) {
      return due;
    }
    return endOfToday.after(deadlines.now()) ? endOfToday : workingDays.fromNow(1);
  }
}
