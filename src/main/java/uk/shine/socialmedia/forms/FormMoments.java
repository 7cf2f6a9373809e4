package uk.shine.socialmedia.forms;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the value of a date-and-time field as Tasklist's form sends it: {@code 2026-11-24T10:05}
 * with or without seconds and a UTC offset. Without an offset it is school time.
 */
public final class FormMoments {

  private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

  private FormMoments() {
  }

  /** @throws RefusedInput when the text is not a real date and time */
  public static Instant parse(String name, String text) {
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
          java.time.OffsetDateTime::from, LocalDateTime::from);
      return parsed instanceof LocalDateTime local ? local.atZone(SCHOOL_TIME).toInstant()
          : Instant.from(parsed);
    } catch (DateTimeParseException e) {
      throw new RefusedInput(name, name + " must be a real date and time written yyyy-MM-ddTHH:mm");
    }
  }
}
