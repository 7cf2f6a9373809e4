package uk.shine.socialmedia.engine;

import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.shine.socialmedia.forms.FormCheck;

/**
 * Hands {@link FormCheck} what a person submits, before anything changes: a task completion's (or
 * form submission's) variables as sent, and a start form's answers before the model's own start
 * listeners add variables of their own.
 */
class FormCheckPlugin extends AbstractProcessEnginePlugin {

  private final FormCheck check;

  FormCheckPlugin(FormCheck check) {
    this.check = check;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.insideTheTransaction(configuration, new TaskCompletionCheck());
    Wiring.everyModel(configuration, new StartFormCheck());
  }

  private class TaskCompletionCheck extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof CompleteTaskCmd) {
        check(command, "taskId", "variables");
      } else if (command instanceof SubmitTaskFormCmd) {
        check(command, "taskId", "properties");
      }
      return next.execute(command);
    }

    @SuppressWarnings("unchecked")
    private void check(Command<?> command, String taskIdField, String variablesField) {
      String taskId = (String) CommandFields.read(command, taskIdField);
      Map<String, Object> submitted = (Map<String, Object>) CommandFields.read(command, variablesField);
      TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
      if (task == null || task.getTaskDefinition() == null) {
        return; // the command itself reports the missing task
      }
      try {
        checkAnswers(task, submitted);
      } catch (RuntimeException refused) {
        // an outsider learns nothing of the case from a refusal: the command's own permission check
        // comes first. Only here: when the answers pass, the command itself checks the permission
        // (checking on every completion too cost a tenth of a completion's time, docs/performance.md)
        Context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
        throw refused;
      }
    }

    private void checkAnswers(TaskEntity task, Map<String, Object> submitted) {
      var formKey = task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionKey();
      if (formKey == null) {
        return;
      }
      String deploymentId = task.getProcessDefinition().getDeploymentId();
      String key = String.valueOf(formKey.getValue(task));
      check.taskCompleted(deploymentId, key, submitted == null ? Map.of() : submitted, task.getVariables(),
          task.getTenantId());
    }
  }

  private class StartFormCheck extends AbstractBpmnParseListener {

    @Override
    public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
      String formRef = startEvent.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      if (formRef == null || scope != activity.getProcessDefinition()) {
        return;
      }
      // first, before the model's own start listeners add variables of their own
      activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
          check.processStarting(EngineModels.deploymentId(execution), formRef, execution.getVariables()), 0);
    }
  }
}
