package uk.shine.socialmedia.pupils;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code pupil-behaviour} path, by name and type. */
public final class PupilVariables {

  public static final String PROCESS_KEY = "pupil-behaviour";

  /** The school's own reference for the pupil (admission number or UPN), never a name. */
  public static final String PUPIL_REFERENCE = "pupilReference";
  public static final String PUPIL_REFERENCE_PATTERN = "^[A-Za-z0-9/-]{1,20}$";
  public static final String CHILD_ON_CHILD_ABUSE = "childOnChildAbuse";
  public static final String SANCTION = "sanction";
  public static final String SUSPENSION_DAYS = "suspensionDays";
  public static final String SUSPENSION_STARTS = "suspensionStarts";
  /** School days the pupil has been suspended in this term, this suspension included. */
  public static final String SUSPENDED_DAYS_THIS_TERM = "suspendedDaysThisTerm";
  public static final String GOVERNORS_MUST_CONSIDER = "governorsMustConsider";
  public static final String GOVERNORS_DUE = "governorsDue";

  /** Over this many school days of suspension in a term, the governors must consider reinstatement. */
  public static final int GOVERNORS_THRESHOLD_DAYS = 15;
  /** The governors meet within this many school days. */
  public static final int GOVERNORS_WITHIN_DAYS = 15;

  private final VariableScope scope;

  private PupilVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static PupilVariables of(VariableScope scope) {
    return new PupilVariables(scope);
  }

  public String pupilReference() {
    return String.valueOf(scope.getVariable(PUPIL_REFERENCE)).trim().toUpperCase();
  }

  public Sanction sanction() {
    return Sanction.valueOf((String) scope.getVariable(SANCTION));
  }

  public int suspensionDays() {
    return ((Number) scope.getVariable(SUSPENSION_DAYS)).intValue();
  }

  public LocalDate suspensionStarts() {
    return LocalDate.parse((String) scope.getVariable(SUSPENSION_STARTS));
  }

  public void suspendedDaysThisTerm(int days) {
    scope.setVariable(SUSPENDED_DAYS_THIS_TERM, days);
  }

  public void governorsMustConsider(boolean must, Date due) {
    scope.setVariable(GOVERNORS_MUST_CONSIDER, must);
    if (due != null) {
      scope.setVariable(GOVERNORS_DUE, due);
    }
  }

  public void defaultFlag(String name) {
    if (scope.getVariable(name) == null) {
      scope.setVariable(name, false);
    }
  }
}
