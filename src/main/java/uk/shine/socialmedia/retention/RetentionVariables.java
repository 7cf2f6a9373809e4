package uk.shine.socialmedia.retention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of {@code records-retention} and {@code legal-hold}, by name and type. */
public final class RetentionVariables {

  public static final String PROCESS_KEY = "records-retention";
  public static final String LEGAL_HOLD_PROCESS_KEY = "legal-hold";
  public static final String DECISION_KEY = "retention-period";
  public static final String HOLD_PLACED = "legal-hold-placed";
  public static final String HOLD_LIFTED = "legal-hold-lifted";

  public static final String CASE_REFERENCE = "caseReference";
  public static final String CASE_INSTANCE_ID = "caseInstanceId";
  public static final String RETENTION_RULE = "retentionRule";
  public static final String REMOVAL_DUE = "removalDue";
  public static final String REVIEW_DUE = "reviewDue";
  /** The removal date as the review form shows it, e.g. "2 March 2027". */
  public static final String REMOVAL_DUE_TEXT = "removalDueText";
  public static final String DECISION = "retentionDecision";
  public static final String KEEP_UNTIL = "keepUntil";
  public static final String REASON = "retentionReason";
  public static final String HOLD_ACTION = "legalHoldAction";

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String KEPT_LONGER = ", kept longer at review";

  private final VariableScope scope;
  private final ZoneId zone;

  private RetentionVariables(VariableScope scope, ZoneId zone) {
    this.scope = scope;
    this.zone = zone;
  }

  public static RetentionVariables of(VariableScope scope, ZoneId zone) {
    return new RetentionVariables(scope, zone);
  }

  public String caseReference() {
    return (String) scope.getVariable(CASE_REFERENCE);
  }

  public String caseInstanceId() {
    return (String) scope.getVariable(CASE_INSTANCE_ID);
  }

  public String reason() {
    Object reason = scope.getVariable(REASON);
    return reason == null ? null : reason.toString().trim();
  }

  /** The form's date, {@code yyyy-MM-dd}; null when absent. */
  public LocalDate keepUntil() {
    Object value = scope.getVariable(KEEP_UNTIL);
    return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString());
  }

  /** The rule as it stood, marked as kept longer at review (once, however often it is kept longer). */
  public String keptLongerRule() {
    String rule = String.valueOf(scope.getVariable(RETENTION_RULE));
    return rule.endsWith(KEPT_LONGER) ? rule : rule + KEPT_LONGER;
  }

  public boolean placeHold() {
    return "PLACE".equals(scope.getVariable(HOLD_ACTION));
  }

  /** The plan the timers wait for: the review at the start of its day, the removal at the start of its own. */
  public void plan(RemovalPlan plan) {
    scope.setVariable(RETENTION_RULE, plan.rule());
    scope.setVariable(REMOVAL_DUE, startOf(plan.removalDue()));
    scope.setVariable(REVIEW_DUE, startOf(plan.reviewDue()));
    scope.setVariable(REMOVAL_DUE_TEXT, SHOWN.format(plan.removalDue()));
  }


  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
