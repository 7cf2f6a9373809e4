package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;

/** Works out a closed case's removal date and review date, and keeps its history until then. */
@Component("scheduleRecordRemoval")
class ScheduleRecordRemoval implements JavaDelegate {

  private final CaseRecordFacts facts;
  private final RetentionRules rules;
  private final RetentionRegister register;
  private final CaseHistoryRemoval removal;
  private final CalendarProperties calendar;

  ScheduleRecordRemoval(CaseRecordFacts facts, RetentionRules rules, RetentionRegister register,
      CaseHistoryRemoval removal, CalendarProperties calendar) {
    this.facts = facts;
    this.rules = rules;
    this.register = register;
    this.removal = removal;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionVariables retention = RetentionVariables.of(execution, calendar.zone());
    CaseRecordFacts.Facts closedCase = facts.of(retention.caseInstanceId());
    RemovalPlan plan = rules.plan(closedCase);
    retention.plan(plan);
    register.scheduled(retention.caseReference(), retention.caseInstanceId(), closedCase.closedOn(), plan);
    removal.keepUntilReviewed(retention.caseInstanceId());
  }
}
