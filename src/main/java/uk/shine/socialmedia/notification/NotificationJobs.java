package uk.shine.socialmedia.notification;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import uk.shine.socialmedia.engine.EngineJobs;

/**
 * Writes a notification as an engine job in the command that is running, so it commits or rolls
 * back with the event that caused it; the job executor sends it later ({@link MailDelivery}), in a
 * transaction of its own.
 */
public final class NotificationJobs {

  /** The engine job type of notifications. */
  public static final String TYPE = "socialmedia-notification";

  private NotificationJobs() {
  }

  /**
   * @param instance the process instance the job belongs to: its incident then shows on the case
   *     in Cockpit, and the job goes when the instance ends (its tasks have gone then too); null
   *     for a notification that must outlive the case
   * @param processDefinitionId the model an unattached job is listed under in Cockpit, if any
   * @param dueAt not before this time; null for now
   */
  static void enqueue(Notification notification, DelegateExecution instance, String processDefinitionId, Date dueAt) {
    // it reads the case and never changes it, so it need not queue behind the case's own jobs
    EngineJobs.queue(TYPE, notification.toCanonicalString(), false, instance, processDefinitionId, dueAt);
  }

  /** The notification a job carries, or null for any other job. */
  static Notification of(Job job) {
    return parsed(EngineJobs.configuration(job, TYPE));
  }

  /** The notification of the job with this id, inside an engine command; null for any other job, or none. */
  static Notification ofJob(String jobId) {
    return parsed(EngineJobs.configuration(jobId, TYPE));
  }

  private static Notification parsed(String configuration) {
    return configuration == null ? null : Notification.parse(configuration);
  }
}
