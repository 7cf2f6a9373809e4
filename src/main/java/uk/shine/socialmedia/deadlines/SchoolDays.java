package uk.shine.socialmedia.deadlines;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolCalendarProperties.Term;

/**
 * School days, for the deadlines the DfE counts in them (governors consider reinstatement within 15
 * school days; suspensions of more than 15 school days in a term): working days inside a configured
 * term, outside its half term, that are not INSET days. Each school of the trust may have its own terms
 * and INSET days ({@link SchoolSettings}); {@link #of} gives a school's, and this bean itself counts on
 * the trust's default calendar (socialmedia.calendar.school).
 */
@Component("schoolDays")
public class SchoolDays {

  private final SchoolCalendarProperties school;
  private final WorkingDays workingDays;
  private final Deadlines deadlines;
  private final Map<String, SchoolDays> bySchool;

  /** The trust's default calendar alone. */
  public SchoolDays(SchoolCalendarProperties school, WorkingDays workingDays, Deadlines deadlines) {
    this(school, workingDays, deadlines, new SchoolSettings(List.of()));
  }

  @Autowired
  SchoolDays(SchoolCalendarProperties school, WorkingDays workingDays, Deadlines deadlines, SchoolSettings settings) {
    this.school = school;
    this.workingDays = workingDays;
    this.deadlines = deadlines;
    Map<String, SchoolDays> own = new HashMap<>();
    for (SchoolSettings.School each : settings.schools()) {
      if (each.calendar() != null) {
        own.put(each.id(), new SchoolDays(ownCalendar(school, each.calendar()), workingDays, deadlines));
      }
    }
    this.bySchool = Map.copyOf(own);
  }

  /**
   * The calendar of a school (its tenant id, as on its cases): its own terms and INSET days, the trust's where it
   * has none (a school without a calendar of its own, a school added in the Admin app, a record of no school).
   */
  public SchoolDays of(String tenantId) {
    return tenantId == null ? this : bySchool.getOrDefault(tenantId, this);
  }

  private static SchoolCalendarProperties ownCalendar(SchoolCalendarProperties trust, SchoolSettings.Calendar own) {
    return new SchoolCalendarProperties(own.terms() == null ? trust.terms() : own.terms(),
        own.insetDays() == null ? trust.insetDays() : own.insetDays(), trust.publicPostReview(),
        trust.premisesBanReview(), trust.representationsWorkingDays());
  }

  public Optional<Term> termOf(LocalDate day) {
    return school.terms().stream().filter(term -> term.contains(day)).findFirst();
  }

  public boolean isSchoolDay(LocalDate day) {
    return termOf(day).filter(term -> !term.inHalfTerm(day)).isPresent()
        && workingDays.isWorkingDay(day) && !school.insetDays().contains(day);
  }

  /**
   * The school day {@code count} school days after {@code day} (the day itself does not count).
   * Past the last configured term, working days count instead, so a deadline is never lost because
   * next year's dates are not in yet (the log of the start says so; see docs/community-paths.md).
   */
  public LocalDate plus(LocalDate day, int count) {
    LocalDate lastConfigured = school.terms().stream().map(Term::ends).max(LocalDate::compareTo).orElse(day);
    LocalDate result = day;
    for (int left = count; left > 0; ) {
      result = result.plusDays(1);
      boolean counts = result.isAfter(lastConfigured) ? workingDays.isWorkingDay(result) : isSchoolDay(result);
      if (counts) {
        left--;
      }
    }
    return result;
  }

  /** The end of the school day {@code count} school days from today. */
  public Date fromNow(int count) {
    return workingDays.endOf(plus(today(), count));
  }

  public LocalDate today() {
    return workingDays.today();
  }

  public Date publicPostReviewDue() {
    return deadlines.fromNow(school.publicPostReview());
  }

  public Date premisesBanReviewDue() {
    return deadlines.fromNow(school.premisesBanReview());
  }

  public Date representationsDue() {
    return workingDays.fromNow(school.representationsWorkingDays());
  }
}
