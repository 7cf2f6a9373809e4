package uk.shine.socialmedia.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code systems-monitoring} request, by name and type. */
public final class MonitoringVariables {

  public static final String PROCESS_KEY = "systems-monitoring";

  // the request (start form request-monitoring)
  public static final String CASE_REFERENCE = "caseReference";
  /** The school account or device to monitor, as the school names it (an e-mail address, a laptop's asset tag). */
  public static final String ACCOUNT = "monitoredAccount";
  public static final String CONCERN = "monitoringConcern";
  public static final String SCOPE = "monitoringScope";
  /** The last day of monitoring asked for (ISO date); a renewal asks for a new one. */
  public static final String END_DATE = "monitoringEndDate";
  /** The authenticated person who asked: the authoriser must be someone else. */
  public static final String REQUESTED_BY = "requestedBy";

  // the authorisation (authorise-monitoring), once per request and once per renewal
  public static final String DECISION = "monitoringDecision";
  public static final String DECISION_REASONS = "monitoringDecisionReasons";
  public static final String DECIDED_BY = "monitoringDecidedBy";
  public static final String AUTHORISED_UNTIL = "monitoringAuthorisedUntil";
  /** When the authorised monitoring stops: the start of the day after its end date. */
  public static final String ENDS_AT = "monitoringEndsAt";
  public static final String IN_FORCE = "monitoringInForce";
  public static final String REVIEW_DUE = "monitoringReviewDue";

  // the investigating officer's review (review-monitoring)
  public static final String NEXT = "monitoringNext";
  public static final String RENEWAL_REASONS = "renewalReasons";

  /** How it ended: {@code ON_END_DATE} or {@code STOPPED_EARLY}. */
  public static final String ENDED = "monitoringEnded";

  public static final String AUTHORISED = "AUTHORISED";
  public static final String REFUSED = "REFUSED";
  public static final String RENEW = "RENEW";
  public static final String ON_END_DATE = "ON_END_DATE";
  public static final String STOPPED_EARLY = "STOPPED_EARLY";

  private final VariableScope scope;

  private MonitoringVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static MonitoringVariables of(VariableScope scope) {
    return new MonitoringVariables(scope);
  }

  /** The end date asked for, or null when it is missing or not a date. */
  public static LocalDate date(Object value) {
    try {
      return value == null ? null : LocalDate.parse(value.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public LocalDate endDate() {
    return date(scope.getVariable(END_DATE));
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public boolean inForce() {
    return Boolean.TRUE.equals(scope.getVariable(IN_FORCE));
  }

  public Date endsAt() {
    return (Date) scope.getVariable(ENDS_AT);
  }

  void set(String name, Object value) {
    scope.setVariable(name, value);
  }
}
