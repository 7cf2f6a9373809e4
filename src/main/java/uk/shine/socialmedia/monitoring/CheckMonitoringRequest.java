package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.CASE_REFERENCE;
import static uk.shine.socialmedia.monitoring.MonitoringVariables.REQUESTED_BY;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
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
  private final MonitoringPeriod period;

  CheckMonitoringRequest(StaffCaseLookup lookup, MonitoringPeriod period) {
    this.lookup = lookup;
    this.period = period;
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
    period.check(MonitoringVariables.of(execution).endDate());
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariables(theCase);
    execution.setVariable(REQUESTED_BY, requester);
    execution.setVariable(MonitoringVariables.IN_FORCE, false);
  }

  /** The case's variables a monitoring request carries, so the case's access rules and managers apply. */
  static final String[] FROM_THE_CASE = {ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.LEADER_GROUP,
      ConcernVariables.SUBJECT_USER_ID, ConcernVariables.PERPETRATOR_TYPE, ConcernVariables.EMPLOYED_CENTRALLY};
}
