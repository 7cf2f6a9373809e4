package uk.shine.socialmedia.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The missed deadlines of each case (table {@code smc_deadline_miss}, V41): what was missed, when it was
 * due, and by how much. Written in the engine's transaction, so a miss is kept exactly when its
 * escalation is. Removed with the case's records (retention.CaseHistoryRemoval).
 */
@Component
public class DeadlineMisses {

  /**
   * One missed deadline.
   *
   * @param doneAt when the task was done (or the late date a form set); null while it is still open
   * @param broughtIn the group given the task beside its owner, {@code camunda-admin} when only the
   *     administrator could be told, null when the model escalates itself
   */
  public record Miss(String id, String caseInstanceId, String caseReference, String processKey, String taskKey,
      String taskId, String rule, boolean statutory, Instant dueAt, Instant noticedAt, Instant doneAt,
      String broughtIn) {

    /** How late: until the work was done, or until {@code now} while it is still open. */
    public Duration lateBy(Instant now) {
      return Duration.between(dueAt, doneAt != null ? doneAt : now);
    }
  }

  /** The missed deadlines of one case, as the governors' audit counts them. */
  public record CaseMisses(Map<String, Integer> byRule, boolean statutory) {
  }

  private static final String COLUMNS = "id, case_instance_id, case_reference, process_key, task_key, task_id, rule_name, "
      + "statutory, due_at, noticed_at, done_at, brought_in";

  private final JdbcTemplate jdbc;

  public DeadlineMisses(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private boolean recorded(String id) {
    // looked up rather than caught as a duplicate key: PostgreSQL would abort the whole transaction
    return jdbc.queryForObject("SELECT COUNT(*) FROM smc_deadline_miss WHERE id = ?", Integer.class, id) > 0;
  }

  /** @return false when this miss was recorded before */
  boolean record(Miss miss) {
    if (recorded(miss.id())) {
      return false;
    }
    jdbc.update("INSERT INTO smc_deadline_miss (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", miss.id(),
        miss.caseInstanceId(), miss.caseReference(), miss.processKey(), miss.taskKey(), miss.taskId(), miss.rule(),
        miss.statutory(), Timestamp.from(miss.dueAt()), Timestamp.from(miss.noticedAt()),
        miss.doneAt() == null ? null : Timestamp.from(miss.doneAt()), miss.broughtIn());
    return true;
  }

  /** Misses whose task was still open when last looked at. */
  List<Miss> open() {
    return jdbc.query("SELECT " + COLUMNS + " FROM smc_deadline_miss WHERE done_at IS NULL", DeadlineMisses::miss);
  }

  void done(String id, Instant at) {
    jdbc.update("UPDATE smc_deadline_miss SET done_at = ? WHERE id = ?", Timestamp.from(at), id);
  }

  /** The case's misses, oldest due first. */
  public List<Miss> ofCase(String caseInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM smc_deadline_miss WHERE case_instance_id = ? ORDER BY due_at, id",
        DeadlineMisses::miss, caseInstanceId);
  }

  public CaseMisses countedFor(String caseInstanceId) {
    Map<String, Integer> byRule = new TreeMap<>();
    boolean statutory = false;
    for (Miss miss : ofCase(caseInstanceId)) {
      byRule.merge(miss.rule(), 1, Integer::sum);
      statutory |= miss.statutory();
    }
    return new CaseMisses(byRule, statutory);
  }

  private static Miss miss(ResultSet row, int n) throws SQLException {
    Timestamp done = row.getTimestamp("done_at");
    return new Miss(row.getString("id"), row.getString("case_instance_id"), row.getString("case_reference"),
        row.getString("process_key"), row.getString("task_key"), row.getString("task_id"), row.getString("rule_name"),
        row.getBoolean("statutory"), row.getTimestamp("due_at").toInstant(), row.getTimestamp("noticed_at").toInstant(),
        done == null ? null : done.toInstant(), row.getString("brought_in"));
  }
}
