package uk.shine.socialmedia.pupils;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.shine.socialmedia.deadlines.SchoolCalendarProperties.Term;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * Suspensions per school, pupil and term (table {@code pupil_suspension}), written in the same transaction
 * as the sanction decision: if the decision is not stored, neither is the suspension. Totals are the
 * school's own, as the DfE counts them: a suspension at another school of the trust is that school's
 * (a pupil reference is the school's own admission number or UPN).
 */
@Repository
class SuspensionRegister {

  /** The school of a case of no school (one the engine started by itself). */
  private static final String NO_SCHOOL = "";

  private final JdbcTemplate jdbc;

  SuspensionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a suspension at a school (tenant id) and returns the pupil's total school days of suspension there in that term. */
  public int record(String school, String caseReference, String pupilReference, Term term, LocalDate firstDay,
      int schoolDays) {
    jdbc.update("INSERT INTO pupil_suspension (id, school, case_reference, pupil_reference, term_name, term_starts,"
        + " first_day, school_days, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), key(school), caseReference, pupilReference, term.name(), Date.valueOf(term.starts()),
        Date.valueOf(firstDay), schoolDays, new Timestamp(EngineTime.now().getTime()));
    return totalInTerm(school, pupilReference, term);
  }

  /**
   * The pupil's school days of suspension at this school in the school year of {@code day} (the first day of each
   * suspension counts).
   */
  public int totalInSchoolYear(String school, String pupilReference, LocalDate day) {
    SchoolYear year = SchoolYear.of(day);
    Integer total = jdbc.queryForObject("SELECT COALESCE(SUM(school_days), 0) FROM pupil_suspension"
        + " WHERE school = ? AND pupil_reference = ? AND first_day BETWEEN ? AND ?", Integer.class, key(school),
        pupilReference, Date.valueOf(year.starts()), Date.valueOf(year.ends()));
    return total == null ? 0 : total;
  }

  public int totalInTerm(String school, String pupilReference, Term term) {
    Integer total = jdbc.queryForObject("SELECT COALESCE(SUM(school_days), 0) FROM pupil_suspension"
        + " WHERE school = ? AND pupil_reference = ? AND term_starts = ?", Integer.class, key(school), pupilReference,
        Date.valueOf(term.starts()));
    return total == null ? 0 : total;
  }

  private static String key(String school) {
    return school == null ? NO_SCHOOL : school;
  }
}
