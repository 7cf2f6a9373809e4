package uk.shine.socialmedia.accesschanges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.notification.AccessChangeRecords;

/** The log of changes to who may read cases (table {@code smc_access_change}, migration V34). */
@Component
class AccessChangeLog implements AccessChangeRecords {

  // the page shows the newest this many: a school makes a handful a year
  static final int MAX_ENTRIES = 2000;
  private static final int WHAT_LENGTH = 500;

  private final JdbcTemplate jdbc;

  AccessChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the change (in the transaction that is running) and gives its id. */
  String record(String changedBy, String what, String caseReference, Instant at) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO smc_access_change (id, changed_at, changed_by, what_changed, case_reference) "
        + "VALUES (?, ?, ?, ?, ?)", id, Timestamp.from(at), changedBy,
        what.length() > WHAT_LENGTH ? what.substring(0, WHAT_LENGTH) : what, caseReference);
    return id;
  }

  @Override
  public Optional<AccessChange> find(String changeId) {
    return jdbc.query("SELECT changed_by, what_changed, case_reference, changed_at FROM smc_access_change WHERE id = ?",
        AccessChangeLog::change, changeId).stream().findFirst();
  }

  /** The newest first. */
  List<AccessChange> newest() {
    return jdbc.query("SELECT changed_by, what_changed, case_reference, changed_at FROM smc_access_change "
        + "ORDER BY changed_at DESC FETCH FIRST " + MAX_ENTRIES + " ROWS ONLY", AccessChangeLog::change);
  }

  private static AccessChange change(ResultSet row, int n) throws SQLException {
    return new AccessChange(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant());
  }
}
