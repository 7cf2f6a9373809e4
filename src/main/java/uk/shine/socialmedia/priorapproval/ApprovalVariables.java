package uk.shine.socialmedia.priorapproval;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a {@code prior-approval} request, by name and type. */
public final class ApprovalVariables {

  public static final String PROCESS_KEY = "prior-approval";
  public static final String PERSON_LEFT_MESSAGE = "person-left";

  // the request (start form request-prior-approval)
  /** An {@link ApprovalKind} name. */
  public static final String KIND = "approvalKind";
  /** For posting on behalf of the school: the official account and platform, e.g. "the school's Facebook page". */
  public static final String CHANNEL = "officialChannel";
  /** For pupils' images on a personal account: the parents' or carers' permission is in hand. */
  public static final String PARENTAL_PERMISSION = "parentalPermissionConfirmed";
  /** Which account, device or images it is about, in the requester's words. */
  public static final String DETAILS = "approvalDetails";
  public static final String REASONS = "approvalReasons";
  /** The authenticated person who asked: the approval is theirs, and ends when they leave. */
  public static final String REQUESTED_BY = "requestedBy";

  // the head teacher's decision (decide-prior-approval) and reviews (review-prior-approval)
  public static final String DECISION = "approvalDecision";
  public static final String DECISION_REASONS = "approvalDecisionReasons";
  public static final String DECIDED_BY = "approvalDecidedBy";
  public static final String REVIEW_DECISION = "approvalReviewDecision";
  public static final String REVIEW_REASONS = "approvalReviewReasons";
  /** The next review, as an ISO date (for people) and as the moment the review task opens (for the timer). */
  public static final String REVIEW_ON = "approvalReviewOn";
  public static final String REVIEW_AT = "approvalReviewAt";
  /** REQUESTED, APPROVED, REFUSED or WITHDRAWN. */
  public static final String STATUS = "approvalStatus";
  /** Why it was withdrawn: REVIEW (the head teacher's review) or LEFT (the person left). */
  public static final String WITHDRAWN_BECAUSE = "withdrawnBecause";

  public static final String REQUESTED = "REQUESTED";
  public static final String APPROVED = "APPROVED";
  public static final String REFUSED = "REFUSED";
  public static final String RENEWED = "RENEWED";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String RENEW = "RENEW";

  private final VariableScope scope;

  private ApprovalVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ApprovalVariables of(VariableScope scope) {
    return new ApprovalVariables(scope);
  }

  public String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  void set(String name, Object value) {
    scope.setVariable(name, value);
  }
}
