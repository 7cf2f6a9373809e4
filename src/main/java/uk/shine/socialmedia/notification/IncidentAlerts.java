package uk.shine.socialmedia.notification;

import org.camunda.bpm.engine.runtime.Incident;

/**
 * An operations alert to {@code camunda-admin} for every incident, in the transaction that raises it
 * (after the engine's own handling). An alert that itself fails raises an incident without a further
 * alert, so a dead mail server cannot start an endless chain.
 */
public final class IncidentAlerts {

  private IncidentAlerts() {
  }

  /**
   * @param incidentType the kind of incident ({@link Incident#FAILED_JOB_HANDLER_TYPE} and the like)
   * @param configuration what failed: the job's id for a failed job
   */
  public static void raised(String incidentType, String incidentId, String configuration) {
    if (!failedAlert(incidentType, configuration)) {
      NotificationJobs.enqueue(Notification.incident(incidentId), null, null, null);
    }
  }

  private static boolean failedAlert(String incidentType, String configuration) {
    if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incidentType) || configuration == null) {
      return false;
    }
    return NotificationJobs.ofJob(configuration).stream()
        .anyMatch(notification -> notification.kind() == NotificationKind.INCIDENT);
  }
}
