package uk.shine.socialmedia.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.intake.CaseManagement;
import uk.shine.socialmedia.intake.CaseManagers;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * A path hands part of the case to another path (inputs {@code handOverTo}, and {@code asPerpetrator}
 * when the other path is about someone else): the case itself starts it, so every path stays a child
 * of the case (the contract's {@code superProcessInstanceId} listing), with the subject this path
 * knows and the case management that subject calls for (the chair when it is the head teacher).
 */
@Component("handOverPath")
class HandOverPath implements ExecutionListener {

  public static final String MESSAGE = "hand-over-path";
  public static final String HANDED_OVER_PATH = "handedOverPath";
  public static final String HANDED_OVER_BY = "handedOverBy";

  private final CaseManagers managers;

  HandOverPath(CaseManagers managers) {
    this.managers = managers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ConcernVariables path = ConcernVariables.of(execution);
    Object asPerpetrator = execution.getVariableLocal("asPerpetrator");
    PerpetratorType perpetrator = asPerpetrator == null ? path.perpetratorType()
        : PerpetratorType.valueOf(asPerpetrator.toString());
    CaseManagement management = managers.inSchool(managers.decide(perpetrator, path.employedCentrally(),
        path.subjectUserId()), execution.getTenantId());
    String caseId = EngineRecords.rootInstanceId(execution);
    // the engine's own step (a job): whoever finished the previous task may not see the case itself
    EngineCommands.withoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE).processInstanceId(caseId)
        .setVariableLocal(HANDED_OVER_PATH, execution.getVariableLocal("handOverTo"))
        .setVariableLocal(HANDED_OVER_BY, execution.getProcessInstanceId())
        .setVariableLocal(ConcernVariables.PERPETRATOR_TYPE, perpetrator.name())
        .setVariableLocal(ConcernVariables.SUBJECT_USER_ID, path.subjectUserId())
        .setVariableLocal(ConcernVariables.CASE_MANAGER_GROUP, management.caseManagerGroup())
        .setVariableLocal(ConcernVariables.LEADER_GROUP, management.leaderGroup())
        .correlateWithResult());
  }
}
