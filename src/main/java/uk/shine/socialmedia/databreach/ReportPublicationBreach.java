package uk.shine.socialmedia.databreach;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;

/**
 * Named in image-publication's model, after a take-down that found a child on the restricted list had
 * been shown: that is a personal data breach, so a {@code data-breach} starts on its own (a publication
 * is no case), with a reference to the publication only: never the child, the images or the channels.
 * The school became aware now, so its 72 hours run from now.
 */
@Component("reportPublicationBreach")
class ReportPublicationBreach implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object publication = execution.getVariable(BreachVariables.PUBLICATION_ID);
    String reference = "publication-" + (publication == null ? execution.getProcessInstanceId() : publication);
    // the take-down's job runs as nobody in particular; starting the breach is the application's own work
    EngineCommands.withoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(BreachVariables.PROCESS_KEY, reference, Map.of(
            BreachVariables.ORIGIN, OpenBreach.BreachOrigin.IMAGE_PUBLICATION.name(),
            BreachVariables.PUBLICATION_ID, String.valueOf(publication))));
  }
}
