package uk.shine.socialmedia.police;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.shine.socialmedia.intake.ConcernVariables;

/** The variables of a {@code police-liaison} path, by name and type. */
public final class PoliceVariables {

  public static final String PROCESS_KEY = ConcernVariables.POLICE_LIAISON_PATH;

  /** The contract's police position: while true, no internal investigation of the case may start. */
  public static final String POLICE_ASK_TO_WAIT = "policeAskToWait";
  /** On the case: a referral to the police has been recorded somewhere in it (the hold's trigger besides triage). */
  public static final String POLICE_REFERRAL_RECORDED = "policeReferralRecorded";
  public static final String POLICE_LIAISON_STARTED = ConcernVariables.POLICE_LIAISON_STARTED;
  public static final String REVIEW_DUE = "policeReviewDue";
  public static final String POLICE_OUTCOME = "policeOutcome";
  public static final String POLICE_OUTCOME_DETAILS = "policeOutcomeDetails";
  public static final String REVIEWS_HELD = "policeReviewsHeld";
  /** The message that lets held investigations of the case go ahead. */
  public static final String POLICE_CLEARED = "police-cleared";

  private final VariableScope scope;

  private PoliceVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static PoliceVariables of(VariableScope scope) {
    return new PoliceVariables(scope);
  }

  public boolean policeAskToWait() {
    return Boolean.TRUE.equals(scope.getVariable(POLICE_ASK_TO_WAIT));
  }

  /** An unticked checkbox may send nothing: the police have then not asked the school to wait. */
  public void defaultPoliceAskToWait() {
    if (scope.getVariable(POLICE_ASK_TO_WAIT) == null) {
      scope.setVariable(POLICE_ASK_TO_WAIT, false);
    }
  }

  public int reviewsHeld() {
    Object held = scope.getVariable(REVIEWS_HELD);
    return held instanceof Integer count ? count : 0;
  }

  public void reviewHeld(Date nextDue) {
    scope.setVariable(REVIEWS_HELD, reviewsHeld() + 1);
    scope.setVariable(REVIEW_DUE, nextDue);
  }
}
