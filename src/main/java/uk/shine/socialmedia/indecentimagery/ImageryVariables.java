package uk.shine.socialmedia.indecentimagery;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of an {@code indecent-imagery} path, by name and type. */
public final class ImageryVariables {

  public static final String PROCESS_KEY = "indecent-imagery";

  // securing the evidence
  public static final String SEAL_NUMBER = "sealNumber";
  public static final String EVIDENCE_LOCATION = "evidenceLocation";
  public static final String SECURED_BY = "securedBy";
  public static final String SECURED_AT = "securedAt";
  // what became of it
  public static final String EVIDENCE_OUTCOME = "evidenceOutcome";
  public static final String HANDED_OVER_AT = "handedOverAt";
  public static final String RECEIVING_OFFICER = "receivingOfficer";
  public static final String POLICE_INSTRUCTION = "policeInstruction";
  public static final String CHAIN_OF_CUSTODY = "chainOfCustody";

  /** UKCIS "Sharing nudes and semi-nudes": any of these means an immediate referral to children's social care. */
  public static final List<String> REFERRAL_CRITERIA = List.of("adultInvolved", "coercionOrBlackmail",
      "capacityToConsentConcern", "unusualOrViolentActs", "under13SexualActs", "immediateRisk");
  public static final String REFER_ON_JUDGEMENT = "referOnProfessionalJudgement";
  public static final String SOCIAL_CARE_REFERRAL_NEEDED = "socialCareReferralNeeded";
  /** Set when the first steps were not done in time and the head teacher was brought in. */
  public static final String URGENT_STEPS_OVERDUE = "urgentStepsOverdue";

  private final VariableScope scope;

  private ImageryVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ImageryVariables of(VariableScope scope) {
    return new ImageryVariables(scope);
  }

  public boolean anyReferralCriterion() {
    return REFERRAL_CRITERIA.stream().anyMatch(this::flag);
  }

  public boolean referOnJudgement() {
    return flag(REFER_ON_JUDGEMENT);
  }

  public void socialCareReferralNeeded(boolean needed) {
    scope.setVariable(SOCIAL_CARE_REFERRAL_NEEDED, needed);
  }

  public void urgentStepsOverdue() {
    scope.setVariable(URGENT_STEPS_OVERDUE, true);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString();
  }

  public void chainOfCustody(String entries) {
    scope.setVariable(CHAIN_OF_CUSTODY, entries);
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }
}
