package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;

/** The data protection lead placed a legal hold at review. */
@Component("placeLegalHold")
class PlaceLegalHold implements JavaDelegate {

  private final LegalHolds holds;
  private final CalendarProperties calendar;

  PlaceLegalHold(LegalHolds holds, CalendarProperties calendar) {
    this.holds = holds;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionVariables retention = RetentionVariables.of(execution, calendar.zone());
    holds.place(retention.caseReference(), retention.reason(), (String) execution.getVariable(RetentionReview.REVIEWED_BY));
  }
}
