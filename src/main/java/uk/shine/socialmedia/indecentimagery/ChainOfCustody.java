package uk.shine.socialmedia.indecentimagery;

import static uk.shine.socialmedia.indecentimagery.ImageryVariables.EVIDENCE_LOCATION;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.EVIDENCE_OUTCOME;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.HANDED_OVER_AT;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.POLICE_INSTRUCTION;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.RECEIVING_OFFICER;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.SEAL_NUMBER;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.SECURED_AT;
import static uk.shine.socialmedia.indecentimagery.ImageryVariables.SECURED_BY;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineUser;

/**
 * The chain of custody of the physical evidence (never the imagery itself): one line per change of
 * hands, appended when the DSL records securing it and handing it over, with who recorded it. The
 * engine's history keeps every earlier state of the record besides.
 */
@Component("recordChainOfCustody")
class ChainOfCustody implements TaskListener {

  static final String HANDED_TO_POLICE = "HANDED_TO_POLICE";

  @Override
  public void notify(DelegateTask task) {
    ImageryVariables imagery = ImageryVariables.of(task.getExecution());
    String recordedBy = Objects.requireNonNullElse(EngineUser.inCommand(), "the engine");
    String entry = switch (task.getTaskDefinitionKey()) {
      case "secure-evidence" -> String.format("%s secured by %s, seal %s, kept in %s",
          imagery.text(SECURED_AT), imagery.text(SECURED_BY), imagery.text(SEAL_NUMBER), imagery.text(EVIDENCE_LOCATION));
      default -> HANDED_TO_POLICE.equals(imagery.text(EVIDENCE_OUTCOME))
          ? String.format("%s handed to the police, received by %s, seal %s",
              imagery.text(HANDED_OVER_AT), imagery.text(RECEIVING_OFFICER), imagery.text(SEAL_NUMBER))
          : String.format("%s dealt with as the police instructed: %s",
              imagery.text(HANDED_OVER_AT), imagery.text(POLICE_INSTRUCTION));
    };
    String before = imagery.text(ImageryVariables.CHAIN_OF_CUSTODY);
    imagery.chainOfCustody((before.isEmpty() ? "" : before + "\n") + entry + " (recorded by " + recordedBy + ")");
  }
}
