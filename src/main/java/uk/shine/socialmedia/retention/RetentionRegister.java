package uk.shine.socialmedia.retention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.shine.socialmedia.engine.EngineTime;

/** The {@code case_retention} table: one row per case that has closed or has had a legal hold. */
@Repository
class RetentionRegister {

  /** Where a case's records stand. */
  public enum Status { OPEN, KEPT, REMOVAL_APPROVED }

  public record Entry(String caseReference, String caseInstanceId, String rule, LocalDate closedOn,
      LocalDate removalDue, LocalDate reviewDue, boolean legalHold, String holdReason, Status status,
      Timestamp removalApprovedAt) {
  }

  private final JdbcTemplate jdbc;

  RetentionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void scheduled(String caseReference, String caseInstanceId, LocalDate closedOn, RemovalPlan plan) {
    if (jdbc.update("update case_retention set case_instance_id = ?, closed_on = ?, retention_rule = ?, removal_due = ?, "
        + "review_due = ?, status = ? where case_reference = ?", caseInstanceId, Date.valueOf(closedOn), plan.rule(),
        Date.valueOf(plan.removalDue()), Date.valueOf(plan.reviewDue()), Status.KEPT.name(), caseReference) == 0) {
      jdbc.update("insert into case_retention (case_reference, case_instance_id, closed_on, retention_rule, removal_due, "
          + "review_due, legal_hold, status) values (?, ?, ?, ?, ?, ?, false, ?)", caseReference, caseInstanceId,
          Date.valueOf(closedOn), plan.rule(), Date.valueOf(plan.removalDue()), Date.valueOf(plan.reviewDue()),
          Status.KEPT.name());
    }
  }

  public void keptLonger(String caseReference, RemovalPlan plan, String reason) {
    jdbc.update("update case_retention set retention_rule = ?, removal_due = ?, review_due = ?, decided_reason = ?, "
        + "status = ? where case_reference = ?", plan.rule(), Date.valueOf(plan.removalDue()),
        Date.valueOf(plan.reviewDue()), reason, Status.KEPT.name(), caseReference);
  }

  public void removalApproved(String caseReference, String reason, String approvedBy) {
    jdbc.update("update case_retention set status = ?, decided_reason = ?, removal_approved_at = ?, "
        + "removal_approved_by = ? where case_reference = ?", Status.REMOVAL_APPROVED.name(), reason,
        new Timestamp(EngineTime.now().getTime()), approvedBy, caseReference);
  }

  /** Places or lifts the hold; a case still open gets its row now, its dates when it closes. */
  public void hold(String caseReference, boolean held, String reason, String by) {
    Timestamp now = new Timestamp(EngineTime.now().getTime());
    if (jdbc.update("update case_retention set legal_hold = ?, hold_reason = ?, hold_changed_at = ?, hold_changed_by = ? "
        + "where case_reference = ?", held, reason, now, by, caseReference) == 0) {
      jdbc.update("insert into case_retention (case_reference, legal_hold, hold_reason, hold_changed_at, hold_changed_by, "
          + "status) values (?, ?, ?, ?, ?, ?)", caseReference, held, reason, now, by, Status.OPEN.name());
    }
  }

  public Optional<Entry> find(String caseReference) {
    return jdbc.query("select * from case_retention where case_reference = ?", RetentionRegister::entry, caseReference)
        .stream().findFirst();
  }

  public boolean isHeld(String caseReference) {
    return find(caseReference).map(Entry::legalHold).orElse(false);
  }

  public List<Entry> all() {
    return jdbc.query("select * from case_retention order by removal_due, case_reference", RetentionRegister::entry);
  }

  private static Entry entry(ResultSet row, int number) throws SQLException {
    return new Entry(row.getString("case_reference"), row.getString("case_instance_id"), row.getString("retention_rule"),
        day(row.getDate("closed_on")), day(row.getDate("removal_due")), day(row.getDate("review_due")),
        row.getBoolean("legal_hold"), row.getString("hold_reason"), Status.valueOf(row.getString("status")),
        row.getTimestamp("removal_approved_at"));
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
