package uk.shine.socialmedia.retention;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.engine.RemovalTimes;

/**
 * Removal through the engine's own history cleanup: a case's history (and its paths', and the
 * per-case history grants, which carry the case's root instance and so its removal time) goes in the
 * configured night window once it has a removal time in the past. Until its review approves removal a closed case has no removal time, so nothing removes it.
 */
@Component
class CaseHistoryRemoval {

  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final JdbcTemplate jdbc;
  private final List<String> keptWithTheCase;

  CaseHistoryRemoval(HistoryService history, AuthorizationService authorizations, JdbcTemplate jdbc,
      List<ProcessDeclaration> processes) {
    this.keptWithTheCase = processes.stream().filter(ProcessDeclaration::keptWithTheCase)
        .map(ProcessDeclaration::processKey).toList();
    this.history = history;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
  }

  /**
   * Overrides the removal time the engine gave the case from its model's time to live, in the running
   * command (no batch: a closed case's schedule step, a hold placed after approval).
   */
  public void keepUntilReviewed(String caseInstanceId) {
    RemovalTimes.setHierarchically(null, withKeptBeside(caseInstanceId));
  }

  /** The case leaves the next cleanup window; what the application holds beside it goes now. */
  public void removeFrom(String caseInstanceId, String caseReference, Date removalTime) {
    RemovalTimes.setHierarchically(removalTime, withKeptBeside(caseInstanceId));
    jdbc.update("delete from smc_case_read_log where case_reference = ?", caseReference);
    jdbc.update("delete from smc_deadline_miss where case_instance_id = ?", caseInstanceId);
    // grants on the runtime instances and tasks have no removal time of their own
    grantsOnCase(caseInstanceId, Resources.PROCESS_INSTANCE, Resources.TASK)
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  /** The case and the instances kept with it beside its paths (monitoring requests), by id. */
  private String[] withKeptBeside(String caseInstanceId) {
    List<String> ids = new ArrayList<>(List.of(caseInstanceId));
    HistoricProcessInstance theCase = history.createHistoricProcessInstanceQuery().processInstanceId(caseInstanceId)
        .singleResult();
    if (theCase != null && theCase.getBusinessKey() != null) {
      for (String key : keptWithTheCase) {
        history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(theCase.getBusinessKey()).list().forEach(kept -> ids.add(kept.getId()));
      }
    }
    return ids.toArray(String[]::new);
  }

  /** Every grant on the case's instances and paths (as {@code onInstances}) and on their tasks (as {@code onTasks}). */
  private List<Authorization> grantsOnCase(String caseInstanceId, Resource onInstances, Resource onTasks) {
    List<Authorization> grants = new ArrayList<>();
    List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(caseInstanceId).list());
    for (String id : withKeptBeside(caseInstanceId)) {
      if (!id.equals(caseInstanceId)) {
        instances.addAll(history.createHistoricProcessInstanceQuery().processInstanceId(id).list());
      }
    }
    for (HistoricProcessInstance instance : instances) {
      grants.addAll(grantsOn(onInstances, instance.getId()));
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()) {
        grants.addAll(grantsOn(onTasks, task.getId()));
      }
    }
    return grants;
  }

  private List<Authorization> grantsOn(Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list();
  }

  public boolean removed(String caseInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseInstanceId).count() == 0;
  }
}
