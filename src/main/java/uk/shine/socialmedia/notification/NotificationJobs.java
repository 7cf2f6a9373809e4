package uk.shine.socialmedia.notification;

import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Writes a notification as an engine job in the command that is running, so it commits or rolls
 * back with the event that caused it; the job executor sends it later, in a transaction of its own.
 */
final class NotificationJobs {

  static final String TYPE = "socialmedia-notification";

  private NotificationJobs() {
  }

  /**
   * @param instance the process instance the job belongs to: its incident then shows on the case
   *     in Cockpit, and the job goes when the instance ends (its tasks have gone then too); null
   *     for a notification that must outlive the case
   * @param processDefinitionId the model an unattached job is listed under in Cockpit, if any
   * @param dueAt not before this time; null for now
   */
  static void enqueue(Notification notification, ExecutionEntity instance, String processDefinitionId, Date dueAt) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(notification);
    // it reads the case and never changes it, so it need not queue behind the case's own jobs
    job.setExclusive(false);
    job.setDuedate(dueAt);
    if (instance != null) {
      job.setExecution(instance);
      job.setProcessDefinitionId(instance.getProcessDefinitionId());
      job.setProcessDefinitionKey(instance.getProcessDefinition().getKey());
      job.setTenantId(instance.getTenantId());
    } else if (processDefinitionId != null) {
      var definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(processDefinitionId);
      job.setProcessDefinitionId(definition.getId());
      job.setProcessDefinitionKey(definition.getKey());
      job.setDeploymentId(definition.getDeploymentId());
      job.setTenantId(definition.getTenantId());
    }
    Context.getCommandContext().getJobManager().send(job);
  }

  /** The notification a job carries, or null for any other job. */
  static Notification of(Job job) {
    if (job instanceof JobEntity entity && TYPE.equals(entity.getJobHandlerType())) {
      return Notification.parse(entity.getJobHandlerConfigurationRaw());
    }
    return null;
  }
}
