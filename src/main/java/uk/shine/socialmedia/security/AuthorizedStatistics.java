package uk.shine.socialmedia.security;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * Statistics count only what the person asking may read. Camunda's process definition statistics
 * ({@code GET /process-definition/statistics}, Cockpit's dashboard) check only that the person may
 * read the model, then count every running instance, failed job and incident of it: the subject of a
 * case would learn that a case about them exists. The engine's {@code AuthorizedStatisticsPlugin}
 * counts those numbers again here, under the person's own authorizations (the statistics of one
 * definition's activities already are). Cockpit's list of processes runs a query of its own, outside
 * the engine's commands: {@link CockpitStatisticsFilter} counts with {@link #instancesOf} and
 * {@link #incidentsOf} instead.
 */
public final class AuthorizedStatistics {

  private AuthorizedStatistics() {
  }

  /** Running instances of one version of a process that the person logged in may read. */
  public static int instancesOfDefinition(ProcessEngineServices engine, String processDefinitionId) {
    return (int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(processDefinitionId).count();
  }

  /** Jobs without retries left of one version of a process that the person logged in may read. */
  public static int failedJobsOfDefinition(ProcessEngineServices engine, String processDefinitionId) {
    return (int) engine.getManagementService().createJobQuery().processDefinitionId(processDefinitionId)
        .noRetriesLeft().count();
  }

  /**
   * Open incidents of one version of a process that the person logged in may read, by type.
   *
   * @param types the incident types counted
   * @param rootsOnly whether only the incidents that caused others count
   * @param most the most incidents read (the engine's query limit)
   */
  public static Map<String, Integer> incidentsOfDefinition(ProcessEngineServices engine, String processDefinitionId,
      Collection<String> types, boolean rootsOnly, int most) {
    Map<String, Integer> counts = new TreeMap<>();
    engine.getRuntimeService().createIncidentQuery().processDefinitionId(processDefinitionId)
        .listPage(0, most).stream()
        .filter(incident -> types.contains(incident.getIncidentType()))
        .filter(incident -> !rootsOnly || incident.getId().equals(incident.getRootCauseIncidentId()))
        .forEach(incident -> counts.merge(incident.getIncidentType(), 1, Integer::sum));
    return counts;
  }

  /** Running instances of every version of a process that the person logged in may read. */
  static long instancesOf(ProcessEngineServices engine, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  /** Open incidents of every version of a process that the person logged in may read. */
  static long incidentsOf(ProcessEngineServices engine, String processKey) {
    return engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(processKey).count();
  }
}
