package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.shine.socialmedia.police.PoliceHold;

/**
 * Applies the case's police hold ({@link PoliceHold#putAsideNew}, {@link PoliceHold#refuseWhileHeld}) to every user task the engine deploys, after
 * the access rules (so the next group up is decided on the task's own groups), so no model names it and
 * none can forget it.
 */
class PoliceHoldPlugin extends AbstractProcessEnginePlugin {

  private final PoliceHold hold;

  PoliceHoldPlugin(PoliceHold hold) {
    this.hold = hold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // before the completion runs, so the refusal reaches the person as it is (HTTP 400)
    Wiring.insideTheTransaction(configuration, new CommandInterceptor() {

      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
          String taskId = (String) CommandFields.read(command, "taskId");
          TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
          if (task != null) {
            hold.refuseWhileHeld(task);
          }
        }
        return next.execute(command);
      }
    });
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {

      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) PoliceHoldPlugin.this::putAside);
      }
    });
  }

  private void putAside(DelegateTask task) {
    if (hold.putAsideNew(task)) {
      // the task's links are not written yet, so TaskService cannot find them to remove them
      TaskEntity entity = (TaskEntity) task;
      for (IdentityLinkEntity link : new ArrayList<>(entity.getIdentityLinks())) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          link.delete();
          entity.getIdentityLinks().remove(link);
        }
      }
    }
  }
}
