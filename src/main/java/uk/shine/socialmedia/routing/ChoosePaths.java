package uk.shine.socialmedia.routing;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.indecentimagery.ImageryVariables;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Asks the routing decision table (processes/case-routing.dmn, from the same deployment as the
 * case) which paths the confirmed classification needs. The list is handed to the multi-instance
 * call as a transient value: no binary or serialized object is ever stored, so the record keeps
 * the choice as plain text in {@link ConcernVariables#CHOSEN_PATHS}.
 */
@Component("choosePaths")
class ChoosePaths implements JavaDelegate {


  @Override
  public void execute(DelegateExecution execution) {
    var services = execution.getProcessEngineServices();
    String deploymentId = EngineModels.deploymentId(execution);
    String decisionId = services.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(ConcernVariables.ROUTING_DECISION_KEY).deploymentId(deploymentId).singleResult().getId();
    List<String> paths = services.getDecisionService().evaluateDecisionById(decisionId)
        .variables(execution.getVariables()).evaluate()
        .collectEntries("path");
    List<String> distinct = new ArrayList<>(paths.stream().distinct().toList());
    // UKCIS (Sharing nudes and semi-nudes, 2024): imagery first found at triage is handled at once, like a
    // reported one; not a row of the school's table, because the school may not switch it off
    ConcernVariables concern = ConcernVariables.of(execution);
    if (concern.indecentImagery() && !concern.imageryPathStarted()) {
      distinct.add(ImageryVariables.PROCESS_KEY);
      concern.imageryPathStarted(true);
    }
    // a referral to the police recorded before triage may have started police liaison already: once a case
    if (distinct.contains(ConcernVariables.POLICE_LIAISON_PATH)) {
      if (Boolean.TRUE.equals(execution.getVariable(ConcernVariables.POLICE_LIAISON_STARTED))) {
        distinct.remove(ConcernVariables.POLICE_LIAISON_PATH);
      }
      execution.setVariable(ConcernVariables.POLICE_LIAISON_STARTED, true);
    }
    execution.setVariable(ConcernVariables.PATHS, Variables.objectValue(distinct, true).create());
    execution.setVariable(ConcernVariables.CHOSEN_PATHS, String.join(",", distinct));
  }
}
