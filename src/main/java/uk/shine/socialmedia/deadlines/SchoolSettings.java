package uk.shine.socialmedia.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.shine.socialmedia.deadlines.SchoolCalendarProperties.Term;

/**
 * What each school of socialmedia.trust.schools sets for its own deadlines (the trust's entries; the
 * schools package reads their ids and names): its term dates and INSET days, and its own service
 * standards in place of the deadline table's.
 */
@ConfigurationProperties("socialmedia.trust")
record SchoolSettings(@DefaultValue List<School> schools) {

  /**
   * @param id the school's tenant id
   * @param calendar its own terms and INSET days; either left out is the trust's (socialmedia.calendar.school)
   * @param deadlineOverrides a service standard's rule name or task id, and the school's own due for it
   *     ("3 working days", or a period such as P3D); never a statutory deadline
   */
  record School(String id, Calendar calendar, Map<String, String> deadlineOverrides) {

    School {
      deadlineOverrides = deadlineOverrides == null ? Map.of() : Map.copyOf(deadlineOverrides);
    }
  }

  /** A school's own calendar: either list left out is the trust's. */
  record Calendar(List<Term> terms, List<LocalDate> insetDays) {
  }
}
