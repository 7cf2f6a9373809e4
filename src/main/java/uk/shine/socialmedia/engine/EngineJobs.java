package uk.shine.socialmedia.engine;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The application's own engine jobs: a type and lines of text, written in the command that is
 * running (so they commit or roll back with it) and run later by the job executor, in a transaction
 * of their own, with the engine's retries and incidents. The work a type does is plugged in by
 * {@link EnginePlugins}.
 */
public final class EngineJobs {

  /** How far from due a later job must be for a line of it to be withdrawn (see {@link #withdraw}). */
  private static final long WITHDRAW_MARGIN_MILLIS = 60_000L;

  /** A job's text is a column of 4000 characters: a gathered job that would pass this starts another. */
  static final int MOST_TEXT = 3500;

  // the jobs each running command is gathering lines into, by type and due date (a command runs on one thread)
  private static final ThreadLocal<Map<CommandContext, Map<String, MessageEntity>>> GATHERING =
      ThreadLocal.withInitial(IdentityHashMap::new);

  private EngineJobs() {
  }

  /**
   * Adds a line to the one job of this type and due date the running command writes, so a command
   * that causes several pieces of work writes one job for them all. The job belongs to no process
   * instance (its lines may be about several); it is listed under the model of its first line, and
   * its school is that of its lines when they share one. Lines never hold a line break.
   *
   * @param execution what the line is about, for the model and school of the job; null for none
   * @param processDefinitionId the model, when there is no execution; may be null
   */
  public static void gather(String type, String line, DelegateExecution execution, String processDefinitionId,
      Date dueAt) {
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("A job's line holds no line break");
    }
    CommandContext command = Context.getCommandContext();
    Map<String, MessageEntity> jobs = GATHERING.get().computeIfAbsent(command, EngineJobs::gatheringFor);
    String key = type + "@" + (dueAt == null ? "now" : dueAt.getTime());
    MessageEntity job = jobs.get(key);
    String definitionId = execution != null ? execution.getProcessDefinitionId() : processDefinitionId;
    String tenantId = execution != null ? execution.getTenantId() : tenantOf(definitionId);
    if (job != null && job.getJobHandlerConfigurationRaw().length() + 1 + line.length() <= MOST_TEXT) {
      // written when the command flushes, so the line is still part of the insert
      job.setJobHandlerConfigurationRaw(job.getJobHandlerConfigurationRaw() + "\n" + line);
      if (!Objects.equals(job.getTenantId(), tenantId)) {
        job.setTenantId(null);
      }
      return;
    }
    job = message(type, line, dueAt);
    if (definitionId != null) {
      describe(job, definition(definitionId));
    }
    if (dueAt != null && execution != null) {
      // filed under its case, so that a line no longer worth saying can be withdrawn before it is due
      job.setRootProcessInstanceId(EngineRecords.rootInstanceId(execution));
    }
    job.setTenantId(tenantId);
    jobs.put(key, job);
    command.getJobManager().send(job);
  }

  /**
   * Takes the lines that match out of the later jobs of this type filed under this case; a job left with
   * none is deleted. Only jobs due more than a minute from now and held by no job executor: one due
   * sooner may be running already, and its work finds what the line was about gone. Lines gathered in
   * the running command are not seen (they are still unwritten). Inside an engine command.
   */
  public static void withdraw(String type, String rootInstanceId, Predicate<String> line) {
    CommandContext command = Context.getCommandContext();
    List<Object[]> jobs = CommandSql.rows("find the later jobs of a case", "SELECT ID_, HANDLER_CFG_ FROM " + CommandSql.prefix()
        + "ACT_RU_JOB WHERE ROOT_PROC_INST_ID_ = ? AND HANDLER_TYPE_ = ? AND DUEDATE_ > ? AND LOCK_OWNER_ IS NULL", 2,
        rootInstanceId, type, new Timestamp(EngineTime.now().getTime() + WITHDRAW_MARGIN_MILLIS));
    for (Object[] row : jobs) {
      // most of a case's later jobs hold no matching line: read by their stored lines (or as this command
      // has them already), and loaded only to be changed
      JobEntity loaded = command.getDbEntityManager().getCachedEntity(JobEntity.class, (String) row[0]);
      String text = loaded != null ? loaded.getJobHandlerConfigurationRaw() : (String) row[1];
      if (text == null || Arrays.stream(lines(text)).noneMatch(line)) {
        continue;
      }
      JobEntity job = command.getJobManager().findJobById((String) row[0]);
      if (job == null || job.getJobHandlerConfigurationRaw() == null) {
        continue;
      }
      String[] lines = lines(job.getJobHandlerConfigurationRaw());
      List<String> kept = Arrays.stream(lines).filter(line.negate()).toList();
      if (kept.isEmpty()) {
        job.delete();
      } else if (kept.size() < lines.length) {
        job.setJobHandlerConfigurationRaw(String.join("\n", kept));
      }
    }
  }

  /** The lines of a gathered job's text. */
  public static String[] lines(String text) {
    return text.split("\n");
  }

  /**
   * Whether the job now running (inside its command) has failed before: its earlier attempt may have
   * done part of its work. False outside a job.
   */
  public static boolean failedBefore() {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    return job != null && (job.getExceptionMessage() != null || job.getExceptionByteArrayId() != null);
  }

  private static Map<String, MessageEntity> gatheringFor(CommandContext command) {
    command.registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext closed) {
        GATHERING.get().remove(closed);
      }

      @Override
      public void onCommandFailed(CommandContext failed, Throwable t) {
        GATHERING.get().remove(failed);
      }
    });
    return new HashMap<>();
  }

  private static MessageEntity message(String type, String configuration, Date dueAt) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(type);
    job.setJobHandlerConfigurationRaw(configuration);
    // it only reads what it works on, so it need not queue behind the jobs of any instance
    job.setExclusive(false);
    job.setDuedate(dueAt);
    return job;
  }

  private static ProcessDefinitionEntity definition(String processDefinitionId) {
    return Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
  }

  private static String tenantOf(String processDefinitionId) {
    return processDefinitionId == null ? null : definition(processDefinitionId).getTenantId();
  }

  private static void describe(MessageEntity job, ProcessDefinitionEntity definition) {
    job.setProcessDefinitionId(definition.getId());
    job.setProcessDefinitionKey(definition.getKey());
    job.setDeploymentId(definition.getDeploymentId());
    job.setTenantId(definition.getTenantId());
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
