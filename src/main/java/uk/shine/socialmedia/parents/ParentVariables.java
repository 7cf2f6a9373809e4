package uk.shine.socialmedia.parents;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code parent-conduct} path, by name and type. */
public final class ParentVariables {

  public static final String PROCESS_KEY = "parent-conduct";

  /** NONE, BELOW_THRESHOLD or HARM_THRESHOLD: whether the post holds an allegation against staff, and how serious. */
  public static final String STAFF_ALLEGATION = "staffAllegation";
  public static final String HARM_THRESHOLD = "HARM_THRESHOLD";
  /** RESOLVED, CONTINUES or THREATS: how the parent's conduct went on after the letter. */
  public static final String CONDUCT_AFTER_LETTER = "conductAfterLetter";
  public static final String REPRESENTATIONS_DUE = "representationsDue";
  public static final String BAN_DECISION = "banDecision";
  public static final String BAN_REVIEW_DECISION = "banReviewDecision";
  public static final String BAN_REVIEW_DUE = "banReviewDue";
  /** Whether the ban from the premises stands (after representations, and after each review). */
  public static final String BAN_IN_FORCE = "banInForce";

  private final VariableScope scope;

  private ParentVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ParentVariables of(VariableScope scope) {
    return new ParentVariables(scope);
  }

  /** Confirmed after representations, or continued at a review. */
  public boolean banInForce() {
    Object review = scope.getVariable(BAN_REVIEW_DECISION);
    if (review != null) {
      return "CONTINUE".equals(review);
    }
    return "CONFIRMED".equals(scope.getVariable(BAN_DECISION));
  }

  public void banInForce(boolean inForce) {
    scope.setVariable(BAN_IN_FORCE, inForce);
  }
}
