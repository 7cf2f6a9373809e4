package uk.shine.socialmedia.routing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineRecords;

/**
 * The case starts one more path of its own, once: for a step anywhere in the case that finds the case
 * needs it (indecent images found later, a referral to the police recorded outside police liaison). The
 * path runs as the case's child like every other (the case's hand-over event subprocess); nothing waits
 * for it to end but the case itself.
 */
public final class CaseHandOver {

  private CaseHandOver() {
  }

  /**
   * @param startedFlag the case's Boolean variable that says this path has been started for it
   * @return whether the path was started now (false: the case had it already)
   */
  public static boolean startOnce(DelegateExecution anywhere, String pathKey, String startedFlag) {
    String caseId = EngineRecords.rootInstanceId(anywhere);
    RuntimeService runtime = anywhere.getProcessEngineServices().getRuntimeService();
    // the engine's own step: whoever recorded the finding may not read the case itself
    return EngineCommands.withoutAuthorization(() -> {
      if (Boolean.TRUE.equals(runtime.getVariable(caseId, startedFlag))) {
        return false;
      }
      runtime.setVariable(caseId, startedFlag, true);
      // handed over by the case itself: no path waits for it to end
      runtime.createMessageCorrelation(HandOverPath.MESSAGE).processInstanceId(caseId)
          .setVariableLocal(HandOverPath.HANDED_OVER_PATH, pathKey)
          .setVariableLocal(HandOverPath.HANDED_OVER_BY, caseId)
          .correlateWithResult();
      return true;
    });
  }
}
