package uk.shine.socialmedia.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Wires notifications into the engine, for every deployed model without its having to say so:
 * listeners on every user task (created, updated), the job handler that sends, the retry schedule
 * for its jobs, and the incident alerts. A notification of one task's moment (the reporter's "report
 * seen" at triage) is a listener named in that task's model instead.
 */
@Component
public class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final Notifications notifications;
  private final MailDelivery delivery;

  public NotificationPlugin(Notifications notifications, MailDelivery delivery) {
    this.notifications = notifications;
    this.delivery = delivery;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(new NotificationJobHandler(delivery));

    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) notifications::taskCreated);
        task.addTaskListener(TaskListener.EVENTNAME_UPDATE, (TaskListener) notifications::taskUpdated);
      }
    });

    if (configuration.getCustomIncidentHandlers() == null) {
      configuration.setCustomIncidentHandlers(new ArrayList<>());
    }
    configuration.getCustomIncidentHandlers().add(new IncidentAlerts(Incident.FAILED_JOB_HANDLER_TYPE));
    configuration.getCustomIncidentHandlers().add(new IncidentAlerts(Incident.EXTERNAL_TASK_HANDLER_TYPE));

    configuration.setFailedJobCommandFactory(new NotificationRetries(
        configuration.getFailedJobCommandFactory() != null ? configuration.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory()));
  }
}
