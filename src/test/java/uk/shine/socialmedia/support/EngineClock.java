package uk.shine.socialmedia.support;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Moves the engine's clock for deadline tests; every test starts again from the real time. */
public class EngineClock implements AfterEachCallback {

  public static void setTo(String londonTime) {
    ClockUtil.setCurrentTime(london(londonTime));
  }

  public static void forward(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  public static Date london(String localTime) {
    return Date.from(LocalDateTime.parse(localTime).atZone(ZoneId.of("Europe/London")).toInstant());
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }
}
