package uk.shine.socialmedia.retention;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.RemovalTimes;

/**
 * {@code ${startRecordsRetention}} on the end of every case, however it ends: its records now wait
 * for their removal date and review in a {@code records-retention} instance of their own, which sets
 * their removal time; the engine gives them none as the case ends.
 */
@Component("startRecordsRetention")
class RecordsRetention implements ExecutionListener {

  @Override
  public void notify(DelegateExecution theCase) {
    RuntimeService runtime = theCase.getProcessEngineServices().getRuntimeService();
    RemovalTimes.leftToTheApplication(theCase.getProcessInstanceId());
    // the person whose work ends the case may not start retention themselves
    EngineCommands.withoutAuthorization(() ->
        start(runtime, theCase.getProcessBusinessKey(), theCase.getProcessInstanceId()));
  }

  static void start(RuntimeService runtime, String caseReference, String caseInstanceId) {
    runtime.startProcessInstanceByKey(RetentionVariables.PROCESS_KEY, caseReference, Variables.createVariables()
        .putValue(RetentionVariables.CASE_REFERENCE, caseReference)
        .putValue(RetentionVariables.CASE_INSTANCE_ID, caseInstanceId));
  }
}
