package uk.shine.socialmedia.chronology;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The read-access log of cases (table {@code smc_case_read_log}, migration V20). */
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

  /** The newest first. */
  public List<Entry> of(String caseReference) {
    return jdbc.query("SELECT case_reference, user_id, read_at, what_was_read, allowed FROM smc_case_read_log "
        + "WHERE case_reference = ? ORDER BY read_at DESC, id DESC FETCH FIRST " + MAX_ENTRIES + " ROWS ONLY",
        (row, n) -> new Entry(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(), row.getString(4),
            row.getBoolean(5)), caseReference);
  }
}
