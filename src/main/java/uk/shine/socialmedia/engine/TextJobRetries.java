package uk.shine.socialmedia.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Gives the application's own job types the engine-wide {@code failedJobRetryTimeCycle}. The engine
 * applies it only to jobs of a BPMN activity; a job of its own handler type would otherwise get three
 * immediate retries and an incident within seconds (for a notification: of the mail server going away).
 */
class TextJobRetries implements FailedJobCommandFactory {

  private final Set<String> types;
  private final FailedJobCommandFactory others;

  TextJobRetries(Set<String> types, FailedJobCommandFactory others) {
    this.types = types;
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
        if (job == null || !types.contains(job.getJobHandlerType()) || cycle == null) {
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
        return ParseUtil.parseRetryIntervals(Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle());
      }
    };
  }
}
