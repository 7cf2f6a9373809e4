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
 * Suspensions per pupil and term (table {@code pupil_suspension}), written in the same transaction as
 * the sanction decision: if the decision is not stored, neither is the suspension.
 */
@Repository
class SuspensionRegister {

  private final JdbcTemplate jdbc;

  SuspensionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a suspension and returns the pupil's total school days of suspension in that term. */
  public int record(String caseReference, String pupilReference, Term term, LocalDate firstDay, int schoolDays) {
    jdbc.update("INSERT INTO pupil_suspension (id, case_reference, pupil_reference, term_name, term_starts, first_day,"
        + " school_days, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseReference, pupilReference, term.name(), Date.valueOf(term.starts()),
        Date.valueOf(firstDay), schoolDays, new Timestamp(EngineTime.now().getTime()));
    return totalInTerm(pupilReference, term);
  }

  /** The pupil's school days of suspension in the school year of {@code day} (the first day of each suspension counts). */
  public int totalInSchoolYear(String pupilReference, LocalDate day) {
    SchoolYear year = SchoolYear.of(day);
    Integer total = jdbc.queryForObject("SELECT COALESCE(SUM(school_days), 0) FROM pupil_suspension"
        + " WHERE pupil_reference = ? AND first_day BETWEEN ? AND ?", Integer.class, pupilReference,
        Date.valueOf(year.starts()), Date.valueOf(year.ends()));
    return total == null ? 0 : total;
  }

  public int totalInTerm(String pupilReference, Term term) {
    Integer total = jdbc.queryForObject("SELECT COALESCE(SUM(school_days), 0) FROM pupil_suspension"
        + " WHERE pupil_reference = ? AND term_starts = ?", Integer.class, pupilReference, Date.valueOf(term.starts()));
    return total == null ? 0 : total;
  }
}
