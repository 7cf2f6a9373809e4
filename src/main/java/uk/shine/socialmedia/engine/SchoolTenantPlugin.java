package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.schools.Schools;

/**
 * Every instance of the shared (tenant-less) models belongs to a school ({@link Schools}): a path,
 * sub-process or call activity to its caller's school; one the application starts for a named school
 * ({@link ExplicitTenants}) to that school; an instance the engine starts from another one's work
 * (retention of a closed case, a breach found by a publication) to that one's school; a case to its
 * reporter's school (central for centrally employed staff); anything else a person starts to theirs. The
 * engine's tenant check then keeps it to the people of that school. A job of the engine's that would
 * start an instance of no school, in a trust that has schools, fails instead (and is retried, then
 * shown as an incident); only the trust's own timed checks (deadlines, stuck cases), which read every
 * school's cases and hold none, belong to no school. Decisions evaluated for an instance are recorded
 * under its school.
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
        if (ExplicitTenants.named() != null) {
          return ExplicitTenants.named();
        }
        BpmnExecutionContext startedFrom = Context.getBpmnExecutionContext();
        if (startedFrom != null && startedFrom.getExecution() != null) {
          return startedFrom.getExecution().getTenantId();
        }
        CommandContext command = Context.getCommandContext();
        String userId = command.getAuthenticatedUserId();
        return command.runWithoutAuthorization(() -> {
          String school = ConcernVariables.PROCESS_KEY.equals(instance.getProcessDefinition().getKey())
              ? schools.ofNewCase(userId, instance.getVariables())
              : schools.ofNewRecord(userId, instance.getVariables());
          if (school == null && userId == null && startedByJob(command) && schools.anySchool()) {
            // nothing to say whose it would be: it would be every school's, so it is not started
            throw new ProcessEngineException("The engine's own work tried to start '"
                + instance.getProcessDefinition().getKey() + "' with no school to belong to: every instance "
                + "belongs to a school of the trust, so it was not started. Start it from its case's work or "
                + "name its school.");
          }
          return school;
        });
      }

      /** A job of the engine's, except a timer that starts the trust's own checks (of every school: none of theirs). */
      private boolean startedByJob(CommandContext command) {
        JobEntity job = command.getCurrentJob();
        return job != null && !TimerStartEventJobHandler.TYPE.equals(job.getJobHandlerType());
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
