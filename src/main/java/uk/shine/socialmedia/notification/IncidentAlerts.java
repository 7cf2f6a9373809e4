package uk.shine.socialmedia.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * The engine's own incident handling, plus an operations alert to {@code camunda-admin} in the
 * same transaction. An alert that itself fails raises an incident without a further alert, so a
 * dead mail server cannot start an endless chain.
 */
class IncidentAlerts implements IncidentHandler {

  private final DefaultIncidentHandler standard;

  IncidentAlerts(String type) {
    this.standard = new DefaultIncidentHandler(type);
  }

  @Override
  public String getIncidentHandlerType() {
    return standard.getIncidentHandlerType();
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    Incident incident = standard.handleIncident(context, message);
    if (!failedAlert(context)) {
      NotificationJobs.enqueue(Notification.incident(incident.getId()), null, null, null);
    }
    return incident;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    standard.resolveIncident(context);
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    standard.deleteIncident(context);
  }

  private boolean failedAlert(IncidentContext context) {
    if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(getIncidentHandlerType()) || context.getConfiguration() == null) {
      return false;
    }
    JobEntity job = Context.getCommandContext().getJobManager().findJobById(context.getConfiguration());
    Notification notification = job == null ? null : NotificationJobs.of(job);
    return notification != null && notification.kind() == NotificationKind.INCIDENT;
  }
}
