package uk.shine.socialmedia.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

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
