package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.engine.EngineUser;

/** The start form of {@code legal-hold}: placed or lifted at once, or refused with the reason. */
@Component("recordLegalHold")
class RecordLegalHold implements JavaDelegate {

  private final LegalHolds holds;
  private final CalendarProperties calendar;

  RecordLegalHold(LegalHolds holds, CalendarProperties calendar) {
    this.holds = holds;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionVariables request = RetentionVariables.of(execution, calendar.zone());
    String by = EngineUser.inCommand();
    if (request.placeHold()) {
      holds.place(request.caseReference(), request.reason(), by);
    } else {
      holds.lift(request.caseReference(), request.reason(), by);
    }
  }
}
