package uk.shine.socialmedia.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;

/**
 * Statistics count only what the person asking may read. Camunda's process definition statistics
 * ({@code GET /process-definition/statistics}, Cockpit's dashboard) check only that the person may
 * read the model, then count every running instance, failed job and incident of it: the subject of a
 * case would learn that a case about them exists. Here those numbers are counted again under the
 * person's own authorizations (the statistics of one definition's activities already are). Cockpit's
 * list of processes runs a query of its own, outside the engine's commands: {@link CockpitStatisticsFilter}
 * counts with {@link #instancesOf} and {@link #incidentsOf} instead.
 */
@Component
public class AuthorizedStatistics extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    OutermostInterceptors.add(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof ProcessDefinitionStatisticsQueryImpl query && result instanceof List<?> rows
            && configuration.getIdentityService().getCurrentAuthentication() != null) {
          boolean rootsOnly = Boolean.TRUE.equals(CommandFields.read(query, "includeRootIncidents"));
          rows.forEach(row -> recount(configuration, (ProcessDefinitionStatisticsEntity) row, rootsOnly));
        }
        return result;
      }
    });
  }

  /** Only the numbers above zero can shrink: a process with nothing running costs no query. */
  private static void recount(ProcessEngineConfigurationImpl engine, ProcessDefinitionStatisticsEntity row,
      boolean rootsOnly) {
    if (row.getInstances() > 0) {
      row.setInstances((int) engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(row.getId()).count());
    }
    if (row.getFailedJobs() > 0) {
      row.setFailedJobs((int) engine.getManagementService().createJobQuery().processDefinitionId(row.getId())
          .noRetriesLeft().count());
    }
    if (!row.getIncidentStatistics().isEmpty()) {
      List<String> types = row.getIncidentStatistics().stream().map(IncidentStatistics::getIncidentType).toList();
      Map<String, Integer> counts = new TreeMap<>();
      engine.getRuntimeService().createIncidentQuery().processDefinitionId(row.getId())
          .listPage(0, engine.getQueryMaxResultsLimit()).stream()
          .filter(incident -> types.contains(incident.getIncidentType()))
          .filter(incident -> !rootsOnly || incident.getId().equals(incident.getRootCauseIncidentId()))
          .forEach(incident -> counts.merge(incident.getIncidentType(), 1, Integer::sum));
      List<IncidentStatistics> readable = new ArrayList<>();
      counts.forEach((type, count) -> readable.add(new Counted(type, count)));
      row.setIncidentStatistics(readable);
    }
  }

  /** Running instances of every version of a process that the person logged in may read. */
  static long instancesOf(ProcessEngineServices engine, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  /** Open incidents of every version of a process that the person logged in may read. */
  static long incidentsOf(ProcessEngineServices engine, String processKey) {
    return engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(processKey).count();
  }

  private record Counted(String type, int count) implements IncidentStatistics {

    @Override
    public String getIncidentType() {
      return type;
    }

    @Override
    public int getIncidentCount() {
      return count;
    }
  }
}
