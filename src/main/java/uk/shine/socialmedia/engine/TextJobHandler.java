package uk.shine.socialmedia.engine;

import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Runs the application's own jobs of one type ({@code engine.EngineJobs}): hands the text the job
 * carries to the work, inside the job's command. A failure fails the job, which retries.
 */
class TextJobHandler implements JobHandler<TextJobHandler.Text> {

  /** What a job of this type carries, as the engine stores it. */
  record Text(String text) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return text;
    }
  }

  private final String type;
  private final Consumer<String> work;

  TextJobHandler(String type, Consumer<String> work) {
    this.type = type;
    this.work = work;
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public void execute(Text configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    work.accept(configuration.text());
    modelAtHand(commandContext);
  }

  /**
   * The job's log entry, written as it ends, names the job's model: the engine's history producer looks for
   * the model in the command's own cache only, and would otherwise read its row again (a select per job).
   * Given from the deployment cache, where the engine keeps every deployed model; unchanged, so never written.
   */
  private static void modelAtHand(CommandContext context) {
    JobEntity job = context.getCurrentJob();
    String definitionId = job == null ? null : job.getProcessDefinitionId();
    if (definitionId == null) {
      return;
    }
    DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
    ProcessDefinitionEntity deployed = context.getProcessEngineConfiguration().getDeploymentCache()
        .getProcessDefinitionCache().get(definitionId);
    if (deployed != null && cache.get(ProcessDefinitionEntity.class, definitionId) == null) {
      cache.putPersistent(deployed);
    }
  }

  @Override
  public Text newConfiguration(String canonicalString) {
    return new Text(canonicalString);
  }

  @Override
  public void onDelete(Text configuration, JobEntity job) {
    // nothing kept beside the job
  }
}
