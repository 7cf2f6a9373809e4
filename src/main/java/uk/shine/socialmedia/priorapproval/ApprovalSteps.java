package uk.shine.socialmedia.priorapproval;

import static uk.shine.socialmedia.priorapproval.ApprovalVariables.APPROVED;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.DECIDED_BY;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.DECISION;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.KIND;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.RENEW;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.RENEWED;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.REVIEW_AT;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.REVIEW_DECISION;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.REVIEW_ON;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.STATUS;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.WITHDRAWN;
import static uk.shine.socialmedia.priorapproval.ApprovalVariables.WITHDRAWN_BECAUSE;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.notification.Notifications;

/**
 * The steps of {@code prior-approval} its model names: {@code ${approvalSteps.decided(task)}},
 * {@code ${approvalSteps.reviewed(task)}} and {@code ${approvalSteps.personLeft(execution)}}. The
 * requester is told of each outcome by e-mail: what the request was for and the outcome, no reasons.
 */
@Component("approvalSteps")
public class ApprovalSteps {

  private final CalendarProperties calendar;
  private final Notifications notifications;
  private final Period reviewAfter;

  ApprovalSteps(CalendarProperties calendar, Notifications notifications,
      @Value("${socialmedia.prior-approvals.review-after:P1Y}") Period reviewAfter) {
    this.calendar = calendar;
    this.notifications = notifications;
    this.reviewAfter = reviewAfter;
  }

  public void decided(DelegateTask task) {
    ApprovalVariables approval = ApprovalVariables.of(task.getExecution());
    approval.set(DECIDED_BY, EngineUser.inCommand());
    String decision = approval.text(DECISION);
    approval.set(STATUS, decision);
    if (APPROVED.equals(decision)) {
      nextReview(approval);
    }
    tell(task.getExecution(), approval, decision);
  }

  public void reviewed(DelegateTask task) {
    ApprovalVariables approval = ApprovalVariables.of(task.getExecution());
    if (RENEW.equals(approval.text(REVIEW_DECISION))) {
      nextReview(approval);
      tell(task.getExecution(), approval, RENEWED);
    } else {
      approval.set(STATUS, WITHDRAWN);
      approval.set(WITHDRAWN_BECAUSE, "REVIEW");
      tell(task.getExecution(), approval, WITHDRAWN);
    }
  }

  /** The person left: nothing is told (their account has gone, or they no longer work here). */
  public void personLeft(DelegateExecution execution) {
    ApprovalVariables approval = ApprovalVariables.of(execution);
    approval.set(STATUS, WITHDRAWN);
    approval.set(WITHDRAWN_BECAUSE, "LEFT");
  }

  private void nextReview(ApprovalVariables approval) {
    LocalDate reviewOn = EngineTime.today(calendar.zone()).plus(reviewAfter);
    approval.set(REVIEW_ON, reviewOn.toString());
    approval.set(REVIEW_AT, Date.from(reviewOn.atStartOfDay(calendar.zone()).toInstant()));
  }

  private void tell(DelegateExecution execution, ApprovalVariables approval, String outcome) {
    notifications.requestDecided(execution, approval.text(KIND), outcome);
  }
}
