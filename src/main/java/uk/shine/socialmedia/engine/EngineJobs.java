package uk.shine.socialmedia.engine;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The application's own engine jobs: a type and a line of text, written in the command that is
 * running (so they commit or roll back with it) and run later by the job executor, in a transaction
 * of their own, with the engine's retries and incidents. The work a type does is plugged in by
 * {@link EnginePlugins}.
 */
public final class EngineJobs {

  private EngineJobs() {
  }

  /**
   * Queues a job in the running command.
   *
   * @param exclusive whether it waits behind the other jobs of its process instance
   * @param instance the process instance it belongs to (its incident then shows on that instance in
   *     Cockpit, and the job goes when the instance ends); null for a job of no instance
   * @param processDefinitionId the model a job of no instance is listed under in Cockpit, if any
   * @param dueAt not before this time; null for now
   */
  public static void queue(String type, String configuration, boolean exclusive, DelegateExecution instance,
      String processDefinitionId, Date dueAt) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(configuration);
    job.setExclusive(exclusive);
    job.setDuedate(dueAt);
    if (instance != null) {
      ExecutionEntity entity = (ExecutionEntity) instance;
      job.setExecution(entity);
      job.setProcessDefinitionId(entity.getProcessDefinitionId());
      job.setProcessDefinitionKey(entity.getProcessDefinition().getKey());
      job.setTenantId(entity.getTenantId());
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

  /** The text a job of this type carries; null for a job of any other type. */
  public static String configuration(Job job, String type) {
    return job instanceof JobEntity entity && type.equals(entity.getJobHandlerType())
        ? entity.getJobHandlerConfigurationRaw() : null;
  }

  /** As {@link #configuration(Job, String)}, for a job found by id inside an engine command; null when it is gone. */
  public static String configuration(String jobId, String type) {
    return configuration(Context.getCommandContext().getJobManager().findJobById(jobId), type);
  }
}
