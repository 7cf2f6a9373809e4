package uk.shine.socialmedia.safeguarding;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code safeguarding-referral} path, by name and type. */
public final class SafeguardingVariables {

  public static final String PROCESS_KEY = "safeguarding-referral";

  public static final String CONCERN_RAISED_AT = "concernRaisedAt";
  public static final String ACKNOWLEDGED_AT = "acknowledgedAt";
  public static final String ACKNOWLEDGED_BY = "acknowledgedBy";
  /** An adult who works with children is implicated: the LADO must be consulted within one working day. */
  public static final String ADULT_IMPLICATED = "adultWorkingWithChildrenImplicated";
  public static final String LADO_DUE = "ladoDue";
  public static final String LADO_CONSULTED_AT = "ladoConsultedAt";
  public static final String LADO_DEADLINE_MET = "ladoDeadlineMet";
  public static final String REVIEW_DECISION = "reviewDecision";

  /** The referral choices of the DSL's decision, each a checkbox; monitoring alone is a decision too. */
  public static final List<String> REFERRALS = List.of("referredToSocialCare", "referredToPolice",
      "referredToEarlyHelp", "referredToCeop");
  public static final String MONITOR_ONLY = "monitorOnly";

  private final VariableScope scope;

  private SafeguardingVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static SafeguardingVariables of(VariableScope scope) {
    return new SafeguardingVariables(scope);
  }

  public Date concernRaisedAt() {
    return (Date) scope.getVariable(CONCERN_RAISED_AT);
  }

  public void concernRaisedAt(Date when) {
    scope.setVariable(CONCERN_RAISED_AT, when);
  }

  public boolean adultImplicated() {
    return Boolean.TRUE.equals(scope.getVariable(ADULT_IMPLICATED));
  }

  public void adultImplicated(boolean implicated) {
    scope.setVariable(ADULT_IMPLICATED, implicated);
  }

  public void acknowledged(Date when, String by) {
    scope.setVariable(ACKNOWLEDGED_AT, when);
    scope.setVariable(ACKNOWLEDGED_BY, by);
  }

  public Date ladoDue() {
    return (Date) scope.getVariable(LADO_DUE);
  }

  public void ladoDue(Date due) {
    scope.setVariable(LADO_DUE, due);
  }

  public String ladoConsultedAt() {
    return (String) scope.getVariable(LADO_CONSULTED_AT);
  }

  public void ladoDeadlineMet(boolean met) {
    scope.setVariable(LADO_DEADLINE_MET, met);
  }
}
