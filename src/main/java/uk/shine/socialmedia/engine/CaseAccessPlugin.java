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
 * up when only the subject could work it ({@link NextGroupUp}). The engine's own task grants leave
 * out what the instance's readers already have ({@link CaseTaskGrants}), and its checks take a
 * person's groups as they are ({@link AuthenticatedGroups}).
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
    configuration.setResourceAuthorizationProvider(new CaseTaskGrants());
    java.util.List<org.camunda.bpm.engine.impl.interceptor.SessionFactory> sessions =
        configuration.getCustomSessionFactories() == null ? new java.util.ArrayList<>()
            : new java.util.ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new AuthenticatedGroups());
    configuration.setCustomSessionFactories(sessions);
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {

      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope == activity.getProcessDefinition()) {
          activity.addListener(ExecutionListener.EVENTNAME_END,
              (ExecutionListener) execution -> CaseAccess.grantNewInstance(execution, policy));
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
