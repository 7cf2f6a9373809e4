package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A job that failed only because a person's command changed the same case at that moment (an
 * optimistic-locking conflict) is due again at once, not after the first interval of
 * {@code failedJobRetryTimeCycle} (a minute): nothing is wrong with it, and the case's next step should
 * not wait on it. The attempt still counts, so a conflict that keeps coming back ends in an incident
 * like any other failure. Every other failure keeps its schedule (a mail server that is down).
 */
class ConflictRetriesAtOnce implements FailedJobCommandFactory {

  private final FailedJobCommandFactory usual;

  ConflictRetriesAtOnce(FailedJobCommandFactory usual) {
    this.usual = usual;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable failure) {
    Command<Object> retry = usual.getCommand(jobId, failure);
    if (!isConflict(failure)) {
      return retry;
    }
    return commandContext -> {
      Object result = retry.execute(commandContext);
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job != null && job.getRetries() > 0) {
        job.setDuedate(ClockUtil.getCurrentTime());
        // the executor may be waiting out an idle spell: tell it, once this is committed
        JobExecutor executor = commandContext.getProcessEngineConfiguration().getJobExecutor();
        if (executor != null && executor.isActive()) {
          commandContext.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
              new MessageAddedNotification(executor));
        }
      }
      return result;
    };
  }

  /** Whether the failure or one of its causes is a conflict; bounded, since causes set by hand can form a loop. */
  static boolean isConflict(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
