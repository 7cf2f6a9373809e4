package uk.shine.socialmedia.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Gives notification jobs the engine-wide {@code failedJobRetryTimeCycle}. The engine applies it
 * only to jobs of a BPMN activity; a job of its own handler type would otherwise get three
 * immediate retries and an incident within seconds of the mail server going away.
 */
class NotificationRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory others;

  NotificationRetries(FailedJobCommandFactory others) {
    this.others = others;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    Command<Object> otherwise = others.getCommand(jobId, exception);
    return new DefaultJobRetryCmd(jobId, exception) {

      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        String cycle = commandContext.getProcessEngineConfiguration().getFailedJobRetryTimeCycle();
        if (job == null || !NotificationJobs.TYPE.equals(job.getJobHandlerType()) || cycle == null) {
          return otherwise.execute(commandContext);
        }
        try {
          executeCustomStrategy(commandContext, job, null);
        } catch (Exception e) {
          executeStandardStrategy(commandContext);
        }
        return null;
      }

      @Override
      public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
        return ParseUtil.parseRetryIntervals(
            org.camunda.bpm.engine.impl.context.Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle());
      }
    };
  }
}
