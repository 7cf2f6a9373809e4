package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.END_DATE;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.REQUESTED_BY;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * A request for monitoring, in the requester's own transaction: it must come from the investigating
 * officer or a case manager of an open staff case (never its subject), and end within the longest
 * period the school allows. The request then belongs to that case: its reference as the business
 * key, and the case's managers and subject, so the case's access rules apply to it. A refusal stores
 * nothing, and says the same whether the case does not exist or is not the person's.
 */
@Component("checkMonitoringRequest")
class CheckMonitoringRequest implements ExecutionListener {

  private final StaffCaseLookup lookup;
  private final WorkingDays workingDays;
  private final Period longest;

  CheckMonitoringRequest(StaffCaseLookup lookup, WorkingDays workingDays,
      @Value("${socialmedia.monitoring.longest-period:P3M}") Period longest) {
    this.lookup = lookup;
    this.workingDays = workingDays;
    this.longest = longest;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String requester = EngineUser.inCommand();
    if (requester == null) {
      throw new RefusedInput(REQUESTED_BY, "Log in to ask for monitoring: the authorisation needs to know who asked");
    }
    String reference = String.valueOf(execution.getVariable(CASE_REFERENCE)).trim();
    Map<String, Object> theCase = lookup.caseInvestigatedOrManagedBy(reference, requester)
        .orElseThrow(() -> new RefusedInput(CASE_REFERENCE, "The case reference (caseReference) is not an open staff "
            + "case that you investigate or manage. Monitoring is asked for by the case's investigating officer (who has "
            + "taken its investigation task in Tasklist) or its case manager"));
    checkEndDate(MonitoringVariables.of(execution).endDate(), workingDays.today(), longest);
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariables(theCase);
    execution.setVariable(REQUESTED_BY, requester);
    execution.setVariable(MonitoringVariables.IN_FORCE, false);
  }

  /** An end date after today and no further away than the longest period (a renewal can extend it). */
  static void checkEndDate(LocalDate end, LocalDate today, Period longest) {
    if (end == null) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) is required");
    }
    if (!end.isAfter(today)) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) must be after today");
    }
    if (end.isAfter(today.plus(longest))) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) can be at most " + describe(longest)
          + " from today: ask for a renewal if the investigation needs longer");
    }
  }

  static String describe(Period period) {
    return period.toTotalMonths() > 0 && period.getDays() == 0 ? period.toTotalMonths() + " months"
        : period.getDays() + " days";
  }

  /** The case's variables a monitoring request carries, so the case's access rules and managers apply. */
  static final String[] FROM_THE_CASE = {ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.LEADER_GROUP,
      ConcernVariables.SUBJECT_USER_ID, ConcernVariables.PERPETRATOR_TYPE, ConcernVariables.EMPLOYED_CENTRALLY};
}
