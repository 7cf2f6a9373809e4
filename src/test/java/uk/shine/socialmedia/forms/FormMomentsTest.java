package uk.shine.socialmedia.forms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Cannot be in the future" on a date-and-time field, as Tasklist sends it: the minute the person is
 * in is allowed, in school time (no offset) and with the browser's offset in summer or winter.
 */
class FormMomentsTest {

  private static final FormField CALLED_AT = new FormField("policeCalledAt", "datetime", "When the police were called",
      true, null, null, null, null, null, List.of(), Map.of(), false, null, false, true);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void the_minute_the_person_is_in_is_not_the_future_in_summer_or_winter_time() {
    for (String now : List.of("2026-07-01T10:05:59Z", "2026-11-30T10:05:59Z")) {
      Instant instant = Instant.parse(now);
      ClockUtil.setCurrentTime(Date.from(instant));
      String minute = instant.atZone(LONDON).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime().toString();
      String withOffset = instant.atZone(LONDON).truncatedTo(ChronoUnit.MINUTES)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

      assertThatCode(() -> check(minute)).as(minute).doesNotThrowAnyException();
      assertThatCode(() -> check(withOffset)).as(withOffset).doesNotThrowAnyException();
    }
  }

  @Test
  void an_hour_ahead_is_the_future() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-01T10:05:00Z")));

    // 12:05 in London is 11:05 UTC in summer: an hour from now
    assertRefused(() -> check("2026-07-01T12:05"), "policeCalledAt", "cannot be in the future");
  }

  private static void check(String value) {
    FormInputCheck.check(List.of(CALLED_AT), Map.of("policeCalledAt", value), Map.of());
  }
}
