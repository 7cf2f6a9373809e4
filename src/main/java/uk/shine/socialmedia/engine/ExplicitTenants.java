package uk.shine.socialmedia.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * An instance of a shared model (deployed without a school) started for a school named by the
 * application rather than by who is signed in: the receiving school's side of a pupil's records
 * transfer, started by the sending school's work. Camunda 7's instantiation builder names only a
 * definition's tenant, so the school is handed to the engine's tenant id provider for the one start;
 * every other instance gets its school from whatever provider is configured, as before.
 */
public final class ExplicitTenants {

  private static final ThreadLocal<String> NAMED = new ThreadLocal<>();

  private ExplicitTenants() {
  }

  /** Starts the instance(s) of the work in this school (tenant id). */
  public static <T> T startIn(String tenantId, Supplier<T> work) {
    String before = NAMED.get();
    NAMED.set(tenantId);
    try {
      return work.get();
    } finally {
      if (before == null) {
        NAMED.remove();
      } else {
        NAMED.set(before);
      }
    }
  }

  /** Wraps the configured provider (if any) once the engine is built, whichever plugin configured it. */
  static final class Plugin extends AbstractProcessEnginePlugin {

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
      configuration.setTenantIdProvider(new Named(configuration.getTenantIdProvider()));
    }
  }

  private record Named(TenantIdProvider configured) implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
      String named = NAMED.get();
      if (named != null && context.getSuperExecution() == null) {
        return named;
      }
      return configured == null ? null : configured.provideTenantIdForProcessInstance(context);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
      return configured == null ? null : configured.provideTenantIdForCaseInstance(context);
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
      return configured == null ? null : configured.provideTenantIdForHistoricDecisionInstance(context);
    }
  }
}
