package uk.shine.socialmedia.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * Dates as the school's pages show them, one way everywhere: "5 November 2026", and a moment as
 * "5 November 2026, 14:00 GMT" in the school's time zone with the zone named (GMT or BST), so no
 * reader wonders which day "05/11" is or which clock a time is on.
 */
public final class PlainDates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.UK);

  private PlainDates() {
  }

  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "Thursday 5 November 2026": a heading for the day's events. */
  public static String weekday(Instant at, ZoneId zone) {
    return WEEKDAY.format(at.atZone(zone));
  }

  public static String moment(Instant at, ZoneId zone) {
    return MOMENT.format(at.atZone(zone));
  }

  public static String moment(Date at, ZoneId zone) {
    return moment(at.toInstant(), zone);
  }

  /** "14:00 GMT", for a line under its day's heading. */
  public static String time(Instant at, ZoneId zone) {
    return TIME.format(at.atZone(zone));
  }
}
