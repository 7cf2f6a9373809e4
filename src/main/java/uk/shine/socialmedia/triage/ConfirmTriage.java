package uk.shine.socialmedia.triage;

import static uk.shine.socialmedia.intake.ConcernVariables.CRIMINAL_SUSPICION;
import static uk.shine.socialmedia.intake.ConcernVariables.NO_FURTHER_ACTION;
import static uk.shine.socialmedia.intake.ConcernVariables.SAFEGUARDING_CONCERN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.CaseManagers;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.security.CaseAccess;
import uk.shine.socialmedia.security.CaseAccessPolicy;

/**
 * After triage (its answers already checked by {@link TriageRules}): the confirmed classification
 * decides again who manages the case (HR for centrally employed staff, the chair when the head teacher is
 * the subject) and who may read it, across every path already running.
 */
@Component("confirmTriage")
class ConfirmTriage implements TaskListener {

  private final CaseManagers managers;
  private final CaseAccessPolicy policy;

  ConfirmTriage(CaseManagers managers, CaseAccessPolicy policy) {
    this.managers = managers;
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    ConcernVariables concern = ConcernVariables.of(task.getExecution());
    concern.defaultFlag(CRIMINAL_SUSPICION);
    concern.defaultFlag(NO_FURTHER_ACTION);
    concern.defaultFlag(SAFEGUARDING_CONCERN);
    if (task.getExecution().getVariable(TriageSubjectRule.SUBJECT_NAMED_AT_TRIAGE) instanceof String named
        && !named.isBlank()) {
      concern.subjectUserId(named.strip());
    }
    concern.managedBy(managers.inSchool(managers.decide(concern.perpetratorType(), concern.employedCentrally(),
        concern.subjectUserId(), concern.subjectRelationship()), task.getTenantId()));
    // paths that started with the report (imagery, safeguarding, a breach) follow the correction, and a subject
    // named only now is kept off all of it, their already-open tasks included
    CaseAccess.applyToWholeCase(task.getExecution(), policy);
  }
}
