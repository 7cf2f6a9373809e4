package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
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
    standard.resolveIncident(context);
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    standard.deleteIncident(context);
  }
}
