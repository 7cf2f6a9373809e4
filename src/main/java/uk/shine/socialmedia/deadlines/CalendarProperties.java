package uk.shine.socialmedia.deadlines;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * socialmedia.calendar: when the school's working day ends, and the bank holidays that the standing
 * rules do not give (one-off holidays are added, moved ones removed from their usual day).
 *
 * @param urgentEscalation how long the DSL has for the first imagery steps before the head teacher is brought in
 * @param policeFirstReview when a police hold is first reviewed
 * @param policeReviewEvery how often a police hold is reviewed after that
 * @param safeguardingReviewEvery how often an open safeguarding concern is reviewed
 * @param policeAnswerWait how long police liaison waits for the police's outcome before it closes without one
 */
@ConfigurationProperties("socialmedia.calendar")
public record CalendarProperties(
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue("18:00") LocalTime workingDayEnds,
    @DefaultValue List<LocalDate> addedHolidays,
    @DefaultValue List<LocalDate> removedHolidays,
    @DefaultValue("PT1H") Duration urgentEscalation,
    @DefaultValue("P28D") Period policeFirstReview,
    @DefaultValue("P14D") Period policeReviewEvery,
    @DefaultValue("P14D") Period safeguardingReviewEvery,
    @DefaultValue("P84D") Period policeAnswerWait) {
}
