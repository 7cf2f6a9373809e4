package uk.shine.socialmedia.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The engine's removal times, as it works them out, except for a root instance the application has
 * taken over in the running command ({@link RemovalTimes#leftToTheApplication}): that one ends
 * without a removal time, and the engine's update of every history table of its hierarchy is not
 * run.
 */
class RemovalTimesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    List<SessionFactory> factories = engine.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(engine.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return RemovalTimes.LeftToTheApplication.class;
      }

      @Override
      public Session openSession() {
        return new RemovalTimes.LeftToTheApplication();
      }
    });
    engine.setCustomSessionFactories(factories);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    // the engine's own (or a configured) provider, made by its init by now
    engine.setHistoryRemovalTimeProvider(new ExceptTakenOver(engine.getHistoryRemovalTimeProvider()));
  }

  static final class ExceptTakenOver implements HistoryRemovalTimeProvider {

    private final HistoryRemovalTimeProvider engines;

    ExceptTakenOver(HistoryRemovalTimeProvider engines) {
      this.engines = engines;
    }

    @Override
    public Date calculateRemovalTime(HistoricProcessInstanceEventEntity instance, ProcessDefinition definition) {
      String root = instance.getRootProcessInstanceId() == null ? instance.getProcessInstanceId()
          : instance.getRootProcessInstanceId();
      return RemovalTimes.isLeftToTheApplication(root) ? null : engines.calculateRemovalTime(instance, definition);
    }

    @Override
    public Date calculateRemovalTime(HistoricDecisionInstanceEntity decision, DecisionDefinition definition) {
      return engines.calculateRemovalTime(decision, definition);
    }

    @Override
    public Date calculateRemovalTime(HistoricBatchEntity batch) {
      return engines.calculateRemovalTime(batch);
    }
  }
}
