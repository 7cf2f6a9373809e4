package uk.shine.socialmedia.databreach;

import static uk.shine.socialmedia.databreach.BreachVariables.*;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The breach register (table {@code smc_data_breach}): every personal data breach, reported to the ICO
 * or not, with its dates, risk and decisions (UK GDPR Art. 33(5): the controller documents every
 * breach). Written in the engine's transaction at the breach's start and after each of its tasks, so it
 * always says where the breach stands. It is not part of a case's records: removing a case leaves it.
 * It holds categories and counts, never the breached data.
 */
@Repository
class BreachRegister {

  /** One breach. Dates a form sets are days; the clock's moments are times. */
  record Entry(String breachId, String reference, String school, String origin, Timestamp becameAwareAt,
      Timestamp icoDue, Boolean takeDownRequested, LocalDate takeDownRequestedOn, String peopleAffected,
      Long peopleAffectedCount, String dataCategories, Boolean specialCategoryData, String riskLevel,
      String icoDecision, String icoReference, LocalDate icoReportedOn, Timestamp icoDecidedAt,
      Boolean icoDecidedInTime, String notReportingReason, String affectedTold, LocalDate affectedToldOn,
      String notTellingReason, Timestamp closedAt) {

    /** The breach as its process holds it now. */
    static Entry of(DelegateExecution execution) {
      BreachVariables breach = BreachVariables.of(execution);
      String reference = execution.getProcessBusinessKey();
      return new Entry(execution.getProcessInstanceId(), reference, execution.getTenantId(),
          breach.string(ORIGIN), time(breach.date(BECAME_AWARE_AT)), time(breach.date(ICO_DUE)),
          execution.hasVariable(TAKE_DOWN_REQUESTED) ? breach.flag(TAKE_DOWN_REQUESTED) : null,
          day(breach.string(TAKE_DOWN_REQUESTED_ON)), breach.string(PEOPLE_AFFECTED),
          breach.number(PEOPLE_AFFECTED_COUNT), breach.string(DATA_CATEGORIES),
          execution.hasVariable(SPECIAL_CATEGORY_DATA) ? breach.flag(SPECIAL_CATEGORY_DATA) : null,
          breach.string(RISK_LEVEL), breach.string(ICO_DECISION), breach.string(ICO_REFERENCE),
          day(breach.string(ICO_REPORTED_ON)), time(breach.date(ICO_DECIDED_AT)),
          execution.hasVariable(ICO_DECIDED_IN_TIME) ? breach.flag(ICO_DECIDED_IN_TIME) : null,
          breach.string(NOT_REPORTING_REASON), breach.string(AFFECTED_TOLD), day(breach.string(AFFECTED_TOLD_ON)),
          breach.string(NOT_TELLING_REASON), time(breach.date(CLOSED_AT)));
    }
  }

  private final JdbcTemplate jdbc;

  BreachRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the breach's row as it stands now (the first time, a new row). */
  void save(Entry e) {
    Object[] values = {e.reference(), e.school(), e.origin(), e.becameAwareAt(), e.icoDue(), e.takeDownRequested(),
        date(e.takeDownRequestedOn()), e.peopleAffected(), e.peopleAffectedCount(), e.dataCategories(),
        e.specialCategoryData(), e.riskLevel(), e.icoDecision(), e.icoReference(), date(e.icoReportedOn()),
        e.icoDecidedAt(), e.icoDecidedInTime(), e.notReportingReason(), e.affectedTold(), date(e.affectedToldOn()),
        e.notTellingReason(), e.closedAt(), e.breachId()};
    String columns = "reference = ?, school = ?, origin = ?, became_aware_at = ?, ico_due = ?, take_down_requested = ?, "
        + "take_down_requested_on = ?, people_affected = ?, people_affected_count = ?, data_categories = ?, "
        + "special_category_data = ?, risk_level = ?, ico_decision = ?, ico_reference = ?, ico_reported_on = ?, "
        + "ico_decided_at = ?, ico_decided_in_time = ?, not_reporting_reason = ?, affected_told = ?, "
        + "affected_told_on = ?, not_telling_reason = ?, closed_at = ?";
    if (jdbc.update("update smc_data_breach set " + columns + " where breach_id = ?", values) == 0) {
      jdbc.update("insert into smc_data_breach (reference, school, origin, became_aware_at, ico_due, take_down_requested, "
          + "take_down_requested_on, people_affected, people_affected_count, data_categories, special_category_data, "
          + "risk_level, ico_decision, ico_reference, ico_reported_on, ico_decided_at, ico_decided_in_time, "
          + "not_reporting_reason, affected_told, affected_told_on, not_telling_reason, closed_at, breach_id) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }
  }

  /** Every breach, the most recent first. */
  List<Entry> all() {
    return jdbc.query("select * from smc_data_breach order by became_aware_at desc, breach_id", BreachRegister::entry);
  }

  private static Entry entry(ResultSet row, int number) throws SQLException {
    return new Entry(row.getString("breach_id"), row.getString("reference"), row.getString("school"),
        row.getString("origin"), row.getTimestamp("became_aware_at"), row.getTimestamp("ico_due"),
        (Boolean) row.getObject("take_down_requested"), day(row.getDate("take_down_requested_on")),
        row.getString("people_affected"), (Long) row.getObject("people_affected_count", Long.class),
        row.getString("data_categories"), (Boolean) row.getObject("special_category_data"), row.getString("risk_level"),
        row.getString("ico_decision"), row.getString("ico_reference"), day(row.getDate("ico_reported_on")),
        row.getTimestamp("ico_decided_at"), (Boolean) row.getObject("ico_decided_in_time"),
        row.getString("not_reporting_reason"), row.getString("affected_told"), day(row.getDate("affected_told_on")),
        row.getString("not_telling_reason"), row.getTimestamp("closed_at"));
  }

  private static Timestamp time(java.util.Date moment) {
    return moment == null ? null : new Timestamp(moment.getTime());
  }

  private static LocalDate day(String isoDate) {
    return isoDate == null || isoDate.isBlank() ? null : LocalDate.parse(isoDate.substring(0, 10));
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
