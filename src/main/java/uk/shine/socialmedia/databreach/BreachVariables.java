package uk.shine.socialmedia.databreach;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of a {@code data-breach} path, by name and type. None of them holds the breached data
 * itself: the forms describe categories and counts, where it was and what was done.
 */
public final class BreachVariables {

  public static final String PROCESS_KEY = "data-breach";

  // set when the path starts
  /** How the school came to know: the report, triage, or a take-down of published images. */
  public static final String ORIGIN = "breachOrigin";
  /** The publication whose take-down found a restricted child shown (image-publication only). */
  public static final String PUBLICATION_ID = "publicationId";
  /** When the school became aware: the report's receipt (the case's start), or the take-down's completion. */
  public static final String BECAME_AWARE_AT = "becameAwareAt";
  /** 72 hours after {@link #BECAME_AWARE_AT}: the ICO decision's statutory deadline. */
  public static final String ICO_DUE = "icoDue";
  /** The ICO deadline as people read it, for the forms. */
  public static final String ICO_DUE_TEXT = "icoDueText";
  /** When the head teacher is brought in if the decision is still not made. */
  public static final String ICO_ESCALATE_AT = "icoEscalateAt";

  // contain-breach
  public static final String TAKE_DOWN_REQUESTED = "takeDownRequested";
  public static final String TAKE_DOWN_REQUESTED_FROM = "takeDownRequestedFrom";
  public static final String TAKE_DOWN_REQUESTED_ON = "takeDownRequestedOn";
  public static final String CONTAINMENT_STEPS = "containmentSteps";

  // assess-breach
  public static final String PEOPLE_AFFECTED = "peopleAffected";
  public static final String PEOPLE_AFFECTED_COUNT = "peopleAffectedCount";
  public static final String DATA_CATEGORIES = "dataCategories";
  public static final String SPECIAL_CATEGORY_DATA = "specialCategoryData";
  public static final String LIKELIHOOD = "likelihood";
  public static final String SEVERITY = "severity";
  /** Worked out from likelihood and severity when the assessment is completed ({@link BreachRisk}). */
  public static final String RISK_LEVEL = "riskLevel";

  // decide-ico-report
  public static final String ICO_DECISION = "icoDecision";
  public static final String REPORTED = "REPORTED";
  public static final String NOT_REPORTED = "NOT_REPORTED";
  public static final String ICO_REFERENCE = "icoReference";
  public static final String ICO_REPORTED_ON = "icoReportedOn";
  public static final String ICO_REPORTED_BY = "icoReportedBy";
  public static final String ICO_LATE_REASON = "icoLateReason";
  public static final String NOT_REPORTING_REASON = "notReportingReason";
  public static final String ICO_DECIDED_AT = "icoDecidedAt";
  /** Whether the decision was made within the 72 hours. */
  public static final String ICO_DECIDED_IN_TIME = "icoDecidedInTime";

  // decide-tell-affected
  public static final String AFFECTED_TOLD = "affectedTold";
  public static final String TOLD = "TOLD";
  public static final String AFFECTED_TOLD_ON = "affectedToldOn";
  public static final String NOT_TELLING_REASON = "notTellingReason";
  public static final String NOT_HIGH_RISK = "NOT_HIGH_RISK";

  // close-breach
  public static final String LESSONS_LEARNT = "lessonsLearnt";
  public static final String CLOSED_AT = "breachClosedAt";

  private final VariableScope scope;

  private BreachVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static BreachVariables of(VariableScope scope) {
    return new BreachVariables(scope);
  }

  public String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public Date date(String name) {
    return (Date) scope.getVariable(name);
  }

  public Long number(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number number ? number.longValue() : null;
  }

  public void set(String name, Object value) {
    scope.setVariable(name, value);
  }

  public void defaultFlag(String name) {
    if (scope.getVariable(name) == null) {
      scope.setVariable(name, false);
    }
  }
}
