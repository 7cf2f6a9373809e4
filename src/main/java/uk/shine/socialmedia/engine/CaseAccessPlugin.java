package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.shine.socialmedia.security.CaseAccess;
import uk.shine.socialmedia.security.CaseAccessPolicy;
import uk.shine.socialmedia.security.NextGroupUp;

/**
 * Applies {@link CaseAccess} to every process and user task the engine deploys, so no model can
 * forget it: grants when an instance has started (after the start event's own listeners, which
 * decide who manages the case), the subject's revocation when a task is created, and the next group
 * up when only the subject could work it ({@link NextGroupUp}).
 */
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  private final NextGroupUp nextGroupUp;
  private final CaseAccessPolicy policy;

  CaseAccessPlugin(NextGroupUp nextGroupUp, CaseAccessPolicy policy) {
    this.nextGroupUp = nextGroupUp;
    this.policy = policy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {

      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope == activity.getProcessDefinition()) {
          activity.addListener(ExecutionListener.EVENTNAME_END,
              (ExecutionListener) execution -> CaseAccess.grantInstance(execution, policy));
        }
      }

      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) CaseAccess::shieldTask);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) nextGroupUp::offer);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, (TaskListener) CaseAccess::refuseSubjectAsAssignee);
      }
    });
  }
}
