package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.management.IncidentStatistics;
import uk.shine.socialmedia.security.AuthorizedStatistics;

/**
 * Rewrites the rows of Camunda's process definition statistics with the numbers
 * {@link AuthorizedStatistics} counts under the person's own authorizations. Outside the engine's
 * transaction, once the statistics query has run.
 */
class AuthorizedStatisticsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.beforeTheTransaction(configuration, new StatisticsRecount(configuration));
  }

  private static final class StatisticsRecount extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl engine;

    StatisticsRecount(ProcessEngineConfigurationImpl engine) {
      this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof ProcessDefinitionStatisticsQueryImpl query && result instanceof List<?> rows
          && engine.getIdentityService().getCurrentAuthentication() != null) {
        boolean rootsOnly = Boolean.TRUE.equals(CommandFields.read(query, "includeRootIncidents"));
        rows.forEach(row -> recount((ProcessDefinitionStatisticsEntity) row, rootsOnly));
      }
      return result;
    }

    /** Only the numbers above zero can shrink: a process with nothing running costs no query. */
    private void recount(ProcessDefinitionStatisticsEntity row, boolean rootsOnly) {
      ProcessEngineServices services = engine.getProcessEngine();
      if (row.getInstances() > 0) {
        row.setInstances(AuthorizedStatistics.instancesOfDefinition(services, row.getId()));
      }
      if (row.getFailedJobs() > 0) {
        row.setFailedJobs(AuthorizedStatistics.failedJobsOfDefinition(services, row.getId()));
      }
      if (!row.getIncidentStatistics().isEmpty()) {
        List<String> types = row.getIncidentStatistics().stream().map(IncidentStatistics::getIncidentType).toList();
        Map<String, Integer> counts = AuthorizedStatistics.incidentsOfDefinition(services, row.getId(), types, rootsOnly,
            engine.getQueryMaxResultsLimit());
        List<IncidentStatistics> readable = new ArrayList<>();
        counts.forEach((type, count) -> readable.add(new Counted(type, count)));
        row.setIncidentStatistics(readable);
      }
    }
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
