package uk.shine.socialmedia.engine;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import uk.shine.socialmedia.notification.IncidentAlerts;
import uk.shine.socialmedia.notification.MailDelivery;
import uk.shine.socialmedia.notification.NotificationJobs;
import uk.shine.socialmedia.notification.Notifications;

/**
 * Wires notifications into the engine, for every deployed model without its having to say so:
 * listeners on every user task (created, a new due date), the job handler that sends
 * ({@link MailDelivery}), the engine-wide retry schedule for its jobs, and the incident alerts
 * ({@link IncidentAlerts}). A notification of one task's moment (the reporter's "report seen" at
 * triage) is a listener named in that task's model instead.
 *
 * <p>Also for every job: the engine notes a job's success in a command of its own that only counts
 * it; counted here without a transaction (one commit less per job, the job's own being the only one).
 */
class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final Notifications notifications;
  private final MailDelivery delivery;

  NotificationPlugin(Notifications notifications, MailDelivery delivery) {
    this.notifications = notifications;
    this.delivery = delivery;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.jobHandler(configuration, new TextJobHandler(NotificationJobs.TYPE, delivery::deliver));
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) notifications::taskCreated);
        task.addTaskListener(TaskListener.EVENTNAME_UPDATE, (TaskListener) updated -> {
          if (((TaskEntity) updated).getPropertyChanges().containsKey(TaskEntity.DUE_DATE)) {
            notifications.dueDateChanged(updated);
          }
        });
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, (TaskListener) notifications::taskEnded);
        task.addTaskListener(TaskListener.EVENTNAME_DELETE, (TaskListener) notifications::taskEnded);
      }
    });

    Wiring.incidentHandler(configuration, new AlertingIncidentHandler(Incident.FAILED_JOB_HANDLER_TYPE,
        IncidentAlerts::raised));
    Wiring.incidentHandler(configuration, new AlertingIncidentHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE,
        IncidentAlerts::raised));

    Wiring.beforeTheTransaction(configuration, new JobSuccessCount(configuration));

    configuration.setFailedJobCommandFactory(new ConflictRetriesAtOnce(new TextJobRetries(Set.of(NotificationJobs.TYPE),
        configuration.getFailedJobCommandFactory() != null ? configuration.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory())));
  }

  /** Counts a job's success as the engine's own command would, without a transaction and its commit. */
  private static final class JobSuccessCount extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    JobSuccessCount(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      // the exact class: it only marks a metric (Camunda 7.24); a subclass might do more
      if (command.getClass() != SuccessfulJobListener.class) {
        return next.execute(command);
      }
      if (configuration.isMetricsEnabled()) {
        configuration.getMetricsRegistry().markOccurrence(Metrics.JOB_SUCCESSFUL);
      }
      return null;
    }
  }
}
