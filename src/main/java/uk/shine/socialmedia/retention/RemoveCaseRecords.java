package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineTime;

/** The removal date has come and the review approved it: the case goes in the next cleanup window. */
@Component("removeCaseRecords")
class RemoveCaseRecords implements JavaDelegate {

  private final LegalHolds holds;
  private final RetentionRegister register;
  private final CaseHistoryRemoval removal;
  private final CalendarProperties calendar;

  RemoveCaseRecords(LegalHolds holds, RetentionRegister register, CaseHistoryRemoval removal,
      CalendarProperties calendar) {
    this.holds = holds;
    this.register = register;
    this.removal = removal;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionVariables retention = RetentionVariables.of(execution, calendar.zone());
    if (holds.isHeld(retention.caseReference())) {
      // a hold always reaches the waiting instance first; if it ever did not, an incident beats a removal
      throw new IllegalStateException("Case " + retention.caseReference() + " is on legal hold: not removed");
    }
    register.removalApproved(retention.caseReference(), retention.reason(),
        (String) execution.getVariable(RetentionReview.REVIEWED_BY));
    removal.removeFrom(retention.caseInstanceId(), retention.caseReference(), EngineTime.now());
  }
}
