package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.schools.Schools;

/**
 * Every instance of the shared (tenant-less) models belongs to a school ({@link Schools}): a path,
 * sub-process or call activity to its caller's school; an instance the engine starts from another one's
 * work (retention of a closed case, a breach found by a publication) to that one's school; a case to its
 * reporter's school (central for centrally employed staff); anything else a person starts to theirs. The
 * engine's tenant check then keeps it to the people of that school. Decisions evaluated for an instance
 * are recorded under its school.
 */
class SchoolTenantPlugin extends AbstractProcessEnginePlugin {

  private final Schools schools;

  SchoolTenantPlugin(Schools schools) {
    this.schools = schools;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new TenantIdProvider() {

      @Override
      public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext instance) {
        if (instance.getSuperExecution() != null) {
          return instance.getSuperExecution().getTenantId();
        }
        BpmnExecutionContext startedFrom = Context.getBpmnExecutionContext();
        if (startedFrom != null && startedFrom.getExecution() != null) {
          return startedFrom.getExecution().getTenantId();
        }
        String userId = Context.getCommandContext().getAuthenticatedUserId();
        return Context.getCommandContext().runWithoutAuthorization(() ->
            ConcernVariables.PROCESS_KEY.equals(instance.getProcessDefinition().getKey())
                ? schools.ofNewCase(userId, instance.getVariables())
                : schools.ofNewRecord(userId, instance.getVariables()));
      }

      @Override
      public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext instance) {
        return null;
      }

      @Override
      public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext decision) {
        DelegateExecution execution = decision.getExecution();
        return execution == null ? null : execution.getTenantId();
      }
    });
  }
}
