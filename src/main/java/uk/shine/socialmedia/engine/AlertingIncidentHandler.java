package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;

/** The engine's own incident handling, and then the application is told, in the same transaction. */
class AlertingIncidentHandler implements IncidentHandler {

  /** Told of each incident raised: its type, its id and what failed (a failed job's id). */
  interface Alert {
    void raised(String incidentType, String incidentId, String configuration);
  }

  private final DefaultIncidentHandler standard;
  private final Alert alert;

  AlertingIncidentHandler(String type, Alert alert) {
    this.standard = new DefaultIncidentHandler(type);
    this.alert = alert;
  }

  @Override
  public String getIncidentHandlerType() {
    return standard.getIncidentHandlerType();
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    Incident incident = standard.handleIncident(context, message);
    alert.raised(getIncidentHandlerType(), incident.getId(), context.getConfiguration());
    return incident;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    if (!jobWithoutIncident(context)) {
      standard.resolveIncident(context);
    }
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    if (!jobWithoutIncident(context)) {
      standard.deleteIncident(context);
    }
  }

  /**
   * The job running now, ending, with retries left: the engine raises a failed job's incident only when
   * its retries reach 0 and resolves it when they are set above 0 again, so there is none to look for
   * (the engine would look, once per job).
   */
  private boolean jobWithoutIncident(IncidentContext context) {
    if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(getIncidentHandlerType())) {
      return false;
    }
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    return job != null && job.getId().equals(context.getConfiguration()) && job.getRetries() > 0;
  }
}
