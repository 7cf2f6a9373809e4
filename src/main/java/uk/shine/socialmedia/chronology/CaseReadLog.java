package uk.shine.socialmedia.chronology;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read-access log of cases (table {@code smc_case_read_log}, migrations V20 and V33): openings of
 * the application's pages each time, reads through the engine's APIs once an hour.
 */
@Component
public class CaseReadLog {

  /** One opening: who, when, which view, and whether it was allowed. */
  public record Entry(String caseReference, String userId, Instant readAt, String whatWasRead, boolean allowed) {
  }

  // a case is opened a few hundred times at most; the page shows the latest this many
  static final int MAX_ENTRIES = 2000;

  private final JdbcTemplate jdbc;

  public CaseReadLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String caseReference, String userId, String whatWasRead, boolean allowed) {
    jdbc.update("INSERT INTO smc_case_read_log (case_reference, user_id, read_at, what_was_read, allowed) VALUES (?, ?, ?, ?, ?)",
        caseReference, userId, Timestamp.from(Instant.now()), whatWasRead, allowed);
  }

  /**
   * A successful read of case content through the engine's APIs: the first of its case, person and kind
   * in each hour is kept, so a busy Tasklist adds a row an hour, not one a click.
   */
  public void recordHourly(String caseReference, String userId, String whatWasRead, Instant at) {
    try {
      jdbc.update("INSERT INTO smc_case_read_log (case_reference, user_id, read_at, what_was_read, allowed, read_hour) "
          + "VALUES (?, ?, ?, ?, TRUE, ?)", caseReference, userId, Timestamp.from(at), whatWasRead,
          Timestamp.from(at.truncatedTo(ChronoUnit.HOURS)));
    } catch (DuplicateKeyException alreadyThisHour) {
      // recorded earlier in the hour, by this node or another
    }
  }

  /** The newest first. */
  public List<Entry> of(String caseReference) {
    return jdbc.query("SELECT case_reference, user_id, read_at, what_was_read, allowed FROM smc_case_read_log "
        + "WHERE case_reference = ? ORDER BY read_at DESC, id DESC FETCH FIRST " + MAX_ENTRIES + " ROWS ONLY",
        (row, n) -> new Entry(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(), row.getString(4),
            row.getBoolean(5)), caseReference);
  }
}
