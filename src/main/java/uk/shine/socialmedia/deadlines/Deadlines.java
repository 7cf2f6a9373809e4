package uk.shine.socialmedia.deadlines;

import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * The configured time limits, as the models use them: {@code ${deadlines.urgentEscalation}} for a
 * timer, {@code ${deadlines.policeFirstReview()}} for a due date. Calendar periods (weeks) run on
 * the calendar; working-day limits are in {@link WorkingDays}.
 */
@Component("deadlines")
public class Deadlines {

  private final CalendarProperties calendar;
  private final WorkingDays workingDays;

  public Deadlines(CalendarProperties calendar, WorkingDays workingDays) {
    this.calendar = calendar;
    this.workingDays = workingDays;
  }

  /** ISO-8601 duration for a timer: how long urgent imagery work may wait before escalation. */
  public String getUrgentEscalation() {
    return calendar.urgentEscalation().toString();
  }

  /** ISO-8601 period for a timer: how long police liaison waits for the police's outcome. */
  public String getPoliceAnswerWait() {
    return calendar.policeAnswerWait().toString();
  }

  public Date policeFirstReview() {
    return fromNow(calendar.policeFirstReview());
  }

  public Date policeNextReview() {
    return fromNow(calendar.policeReviewEvery());
  }

  public Date safeguardingNextReview() {
    return fromNow(calendar.safeguardingReviewEvery());
  }

  /** The end of the working day on a date a form gave (yyyy-MM-dd): a due date a person chose. */
  public Date endOf(String isoDate) {
    return workingDays.endOf(java.time.LocalDate.parse(isoDate));
  }

  /** Now, by the engine's clock (tests move it). */
  public Date now() {
    return EngineTime.now();
  }

  /** The moment {@code period} from now, on the calendar (reviews counted in weeks or months). */
  public Date fromNow(java.time.Period period) {
    ZonedDateTime now = EngineTime.instant().atZone(calendar.zone());
    return Date.from(now.plus(period).toInstant());
  }
}
