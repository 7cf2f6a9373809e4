package uk.shine.socialmedia.notification;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import uk.shine.socialmedia.engine.EngineJobs;
import uk.shine.socialmedia.engine.EngineRecords;

/**
 * Writes notifications as engine jobs in the command that is running, so they commit or roll back
 * with the event that caused them: all those a command enqueues for now go in one job (each keeps its
 * own key, so a retry never sends one twice), each later time (a deadline warning) in one more. The
 * job executor sends them later ({@link MailDelivery}), in a transaction of their own.
 */
public final class NotificationJobs {

  /** The engine job type of notifications. */
  public static final String TYPE = "socialmedia-notification";

  private NotificationJobs() {
  }

  /**
   * @param about the execution it is about (the job is listed under its model, in its school); null for
   *     none. A job belongs to no process instance: it may carry notifications about several, and it must
   *     outlive a case that ends at once (the reporter's acknowledgement)
   * @param processDefinitionId the model the job is listed under in Cockpit when {@code about} is null, if any
   * @param dueAt not before this time; null for now
   */
  static void enqueue(Notification notification, DelegateExecution about, String processDefinitionId, Date dueAt) {
    EngineJobs.gather(TYPE, notification.toCanonicalString(), about, processDefinitionId, dueAt);
  }

  /**
   * Withdraws the task's deadline warnings not yet due, but the one for this due date (null: all of
   * them): a task that is done, or whose deadline moved, has nothing left to warn of there.
   */
  static void withdrawWarnings(DelegateTask task, Long keepDue) {
    EngineJobs.withdraw(TYPE, EngineRecords.rootInstanceId(task.getExecution()), line -> {
      Notification notification = Notification.parse(line);
      return notification.kind() == NotificationKind.DEADLINE_WARNING && task.getId().equals(notification.taskId())
          && !Objects.equals(notification.due(), keepDue);
    });
  }

  /** The notifications a job carries; empty for any other job. */
  static List<Notification> of(Job job) {
    return parsed(EngineJobs.configuration(job, TYPE));
  }

  /** The notifications of the job with this id, inside an engine command; empty for any other job, or none. */
  static List<Notification> ofJob(String jobId) {
    return parsed(EngineJobs.configuration(jobId, TYPE));
  }

  /** The notifications of a job's text. */
  static List<Notification> parsed(String configuration) {
    return configuration == null ? List.of()
        : Arrays.stream(EngineJobs.lines(configuration)).map(Notification::parse).toList();
  }
}
