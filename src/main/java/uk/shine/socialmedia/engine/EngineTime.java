package uk.shine.socialmedia.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock: what timers, due dates and history go by, and what tests move. */
public final class EngineTime {

  private EngineTime() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return now().toInstant();
  }

  /** Today in the given zone (the school's). */
  public static LocalDate today(ZoneId zone) {
    return instant().atZone(zone).toLocalDate();
  }
}
