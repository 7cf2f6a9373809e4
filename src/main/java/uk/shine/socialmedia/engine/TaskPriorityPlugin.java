package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.shine.socialmedia.deadlines.TaskPriorities;

/** Every user task of every model gets its priority from its deadline rule when it is created ({@link TaskPriorities}). */
class TaskPriorityPlugin extends AbstractProcessEnginePlugin {

  private final TaskPriorities priorities;

  TaskPriorityPlugin(TaskPriorities priorities) {
    this.priorities = priorities;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) priorities::taskCreated);
      }
    });
  }
}
