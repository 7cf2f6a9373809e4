package uk.shine.socialmedia.routing;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.indecentimagery.ImageryVariables;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * A task of a path has recorded that the content includes indecent images of children: the case starts
 * the indecent-imagery path at once (UKCIS, Sharing nudes and semi-nudes: advice for education settings,
 * 2024), through the same hand-over as any path, unless the case has already started it (once a case).
 * Triage's own finding goes through {@link ChoosePaths}, which runs straight after it.
 */
@Component("imageryFound")
class ImageryFound implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution path = task.getExecution();
    if (!Boolean.TRUE.equals(path.getVariable(ConcernVariables.INDECENT_IMAGERY))) {
      return;
    }
    String caseId = EngineRecords.rootInstanceId(path);
    RuntimeService runtime = path.getProcessEngineServices().getRuntimeService();
    // the engine's own step: whoever records it may not read the case itself
    EngineCommands.withoutAuthorization(() -> {
      if (Boolean.TRUE.equals(runtime.getVariable(caseId, ConcernVariables.IMAGERY_PATH_STARTED))) {
        return;
      }
      runtime.setVariable(caseId, ConcernVariables.IMAGERY_PATH_STARTED, true);
      runtime.setVariable(caseId, ConcernVariables.INDECENT_IMAGERY, true);
      // handed over by the case itself: no path waits for it to end
      runtime.createMessageCorrelation(HandOverPath.MESSAGE).processInstanceId(caseId)
          .setVariableLocal(HandOverPath.HANDED_OVER_PATH, ImageryVariables.PROCESS_KEY)
          .setVariableLocal(HandOverPath.HANDED_OVER_BY, caseId)
          .correlateWithResult();
    });
  }
}
