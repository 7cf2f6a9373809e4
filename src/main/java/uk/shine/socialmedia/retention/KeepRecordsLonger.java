package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.deadlines.WorkingDays;

/** The data protection lead kept the records longer: a new removal date, reviewed again before it. */
@Component("keepRecordsLonger")
class KeepRecordsLonger implements JavaDelegate {

  private final RetentionRules rules;
  private final RetentionRegister register;
  private final CalendarProperties calendar;
  private final WorkingDays workingDays;

  KeepRecordsLonger(RetentionRules rules, RetentionRegister register, CalendarProperties calendar,
      WorkingDays workingDays) {
    this.rules = rules;
    this.register = register;
    this.calendar = calendar;
    this.workingDays = workingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RetentionVariables retention = RetentionVariables.of(execution, calendar.zone());
    RemovalPlan plan = rules.keepUntil(retention.keptLongerRule(), retention.keepUntil(), workingDays.today());
    retention.plan(plan);
    register.keptLonger(retention.caseReference(), plan, retention.reason());
  }
}
