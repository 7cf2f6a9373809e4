package uk.shine.socialmedia.routing;

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
    if (CaseHandOver.startOnce(path, ImageryVariables.PROCESS_KEY, ConcernVariables.IMAGERY_PATH_STARTED)) {
      EngineCommands.withoutAuthorization(() -> path.getProcessEngineServices().getRuntimeService()
          .setVariable(EngineRecords.rootInstanceId(path), ConcernVariables.INDECENT_IMAGERY, true));
    }
  }
}
