package uk.shine.socialmedia.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a case, in the reporter's own transaction: refuse a bad report (nothing is stored), then
 * give the case its reference and decide who manages it, so access rules apply from the first moment.
 */
@Component("receiveReport")
class ReceiveReport implements ExecutionListener {

  private final ReportRules rules;
  private final CaseReferences references;
  private final CaseManagers managers;

  ReceiveReport(ReportRules rules, CaseReferences references, CaseManagers managers) {
    this.rules = rules;
    this.references = references;
    this.managers = managers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    rules.check(execution.getVariables());
    ConcernVariables concern = ConcernVariables.of(execution);
    ConcernVariables.REPORT_FLAGS.forEach(concern::defaultFlag);
    // the contract: a threat of harm to a pupil counts as a safeguarding concern
    if (concern.threatOfHarm() && concern.victimType() == VictimType.PUPIL) {
      concern.safeguardingConcern(true);
    }
    concern.safeguardingPathStarted(concern.safeguardingConcern());
    concern.dataBreachPathStarted(concern.personalDataDisclosed());
    concern.imageryPathStarted(concern.indecentImagery());
    String reference = references.next(execution.getTenantId());
    concern.caseReference(reference);
    execution.setProcessBusinessKey(reference);
    concern.managedBy(managers.inSchool(managers.decide(concern.perpetratorType(), concern.employedCentrally(),
        concern.subjectUserId()), execution.getTenantId()));
  }
}
