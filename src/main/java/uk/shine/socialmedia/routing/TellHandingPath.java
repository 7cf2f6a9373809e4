package uk.shine.socialmedia.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;

/** The handed-over path has ended: the path that handed it over may end too. */
@Component("tellHandingPath")
class TellHandingPath implements JavaDelegate {

  static final String MESSAGE = "handed-over-path-ended";

  @Override
  public void execute(DelegateExecution execution) {
    String handingPath = (String) execution.getVariable(HandOverPath.HANDED_OVER_BY);
    EngineCommands.withoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE).processInstanceId(handingPath).correlateAllWithResult());
  }
}
