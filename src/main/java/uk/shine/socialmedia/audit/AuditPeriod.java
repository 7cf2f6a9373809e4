package uk.shine.socialmedia.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import uk.shine.socialmedia.deadlines.PlainDates;

/** The period of an audit: cases closed from the start of {@code from} to the end of {@code to}, school time. */
record AuditPeriod(LocalDate from, LocalDate to) {

  /** A date a person typed that is not one; the message says what is expected. */
  public static class BadPeriod extends RuntimeException {
    public BadPeriod(String message) {
      super(message);
    }
  }

  public static AuditPeriod parse(String from, String to) {
    AuditPeriod period = new AuditPeriod(date("from", from), date("to", to));
    if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
      throw new BadPeriod("'from' (" + period.from + ") is after 'to' (" + period.to + ")");
    }
    return period;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException notADate) {
      // the value is not echoed: it is whatever was typed into the address bar
      throw new BadPeriod("'" + name + "' must be a date written yyyy-MM-dd, e.g. 2026-09-01");
    }
  }

  /**
   * One end of the period as the page asks for it: a day, a month and a year, each from its own list,
   * so no browser's language can turn 5 November into 11 May. Kept as chosen, to show them again.
   */
  record Chosen(String day, String month, String year) {

    static final Chosen NONE = new Chosen("", "", "");

    static Chosen of(LocalDate date) {
      return date == null ? NONE : new Chosen(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
          String.valueOf(date.getYear()));
    }

    static Chosen of(String day, String month, String year) {
      return new Chosen(blankIfNull(day), blankIfNull(month), blankIfNull(year));
    }

    boolean empty() {
      return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date, null when nothing was chosen; a plain refusal naming the field when it is not a date. */
    LocalDate date(String field) {
      if (empty()) {
        return null;
      }
      if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
        throw new BadPeriod(field + ": choose the day, the month and the year, or leave all three empty");
      }
      int d;
      int m;
      int y;
      try {
        d = Integer.parseInt(day);
        m = Integer.parseInt(month);
        y = Integer.parseInt(year);
      } catch (NumberFormatException notANumber) {
        throw new BadPeriod(field + ": choose the day, the month and the year from their lists");
      }
      if (m < 1 || m > 12 || y < 2000 || y > 2999 || d < 1 || d > 31) {
        throw new BadPeriod(field + ": choose the day, the month and the year from their lists");
      }
      YearMonth yearMonth = YearMonth.of(y, m);
      if (d > yearMonth.lengthOfMonth()) {
        String monthName = yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        throw new BadPeriod(field + ": there is no " + d + " " + monthName + " " + y + " (" + monthName + " " + y
            + " has " + yearMonth.lengthOfMonth() + " days)");
      }
      return yearMonth.atDay(d);
    }

    private static String blankIfNull(String value) {
      return value == null ? "" : value.trim();
    }
  }

  /** The period as chosen on the page; a refusal in words when it is not one. */
  static AuditPeriod chosen(Chosen from, Chosen to) {
    AuditPeriod period = new AuditPeriod(from.date("Closed from"), to.date("Closed to"));
    if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
      throw new BadPeriod("The first date, " + PlainDates.day(period.from) + ", is after the last, "
          + PlainDates.day(period.to) + ": choose them the other way round");
    }
    return period;
  }

  Date start(ZoneId zone) {
    return from == null ? null : Date.from(from.atStartOfDay(zone).toInstant());
  }

  /** The first instant after the period. */
  Date end(ZoneId zone) {
    return to == null ? null : Date.from(to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  boolean contains(Instant closed, ZoneId zone) {
    return (from == null || !closed.isBefore(start(zone).toInstant())) && (to == null || closed.isBefore(end(zone).toInstant()));
  }
}
