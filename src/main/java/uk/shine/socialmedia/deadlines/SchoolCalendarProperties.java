package uk.shine.socialmedia.deadlines;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * socialmedia.calendar.school: the school's own calendar beside the working-day one. Term dates and
 * INSET days differ between schools, so the school lists them; school days are the working days
 * inside a term, outside its half-term break, that are not INSET days.
 *
 * @param terms the terms of this and the coming school years
 * @param insetDays staff training days inside a term (no pupils in school)
 * @param publicPostReview when a public post is looked at again for recurrence
 * @param premisesBanReview when a confirmed ban from the premises is reviewed
 * @param representationsWorkingDays how long a parent has to make representations on a provisional ban
 */
@ConfigurationProperties("socialmedia.calendar.school")
public record SchoolCalendarProperties(
    @DefaultValue List<Term> terms,
    @DefaultValue List<LocalDate> insetDays,
    @DefaultValue("P56D") Period publicPostReview,
    @DefaultValue("P6M") Period premisesBanReview,
    @DefaultValue("10") int representationsWorkingDays) {

  /**
   * One term (autumn, spring, summer). Suspension totals are kept per term.
   *
   * @param halfTermStarts first day of the half-term break, if any
   * @param halfTermEnds last day of the half-term break, if any
   */
  public record Term(String name, LocalDate starts, LocalDate ends, LocalDate halfTermStarts, LocalDate halfTermEnds) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(starts) && !day.isAfter(ends);
    }

    boolean inHalfTerm(LocalDate day) {
      return halfTermStarts != null && halfTermEnds != null && !day.isBefore(halfTermStarts) && !day.isAfter(halfTermEnds);
    }
  }
}
