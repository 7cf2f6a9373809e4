package uk.shine.socialmedia.engine;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Which model an execution runs, and what its deployment holds, read from the engine's cache of
 * deployed models (no query, no authorization check: the person whose work moves a case on need
 * not be allowed to read its models). Inside an engine command.
 */
public final class EngineModels {

  private EngineModels() {
  }

  /** The key of the process the execution belongs to. */
  public static String processKey(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getKey();
  }

  /** The deployment of the process the execution belongs to (its decision tables and forms came with it). */
  public static String deploymentId(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
  }

  /** At a call activity: the key of the process it calls (the models name it by expression, e.g. {@code ${path}}). */
  public static String calledProcessKey(DelegateExecution callingExecution) {
    var call = (CallableElementActivityBehavior) ((ExecutionEntity) callingExecution).getActivity().getActivityBehavior();
    return call.getCallableElement().getDefinitionKey(callingExecution);
  }

  /** The JSON of a Camunda Form in a deployment, by the form's id; null when the deployment has no such form. */
  public static String formSchema(String deploymentId, String formKey) {
    CommandContext command = Context.getCommandContext();
    var definition = command.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(deploymentId, formKey);
    if (definition == null) {
      return null;
    }
    var resource = command.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(deploymentId, definition.getResourceName());
    return new String(resource.getBytes(), StandardCharsets.UTF_8);
  }
}
