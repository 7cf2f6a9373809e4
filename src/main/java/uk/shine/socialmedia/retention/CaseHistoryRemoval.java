package uk.shine.socialmedia.retention;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removal through the engine's own history cleanup: a case's history (and its paths', and the
 * per-case history grants) goes in the configured night window once it has a removal time in the
 * past. Until its review approves removal a closed case has no removal time, so nothing removes it.
 */
@Component
public class CaseHistoryRemoval {

  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final JdbcTemplate jdbc;

  public CaseHistoryRemoval(HistoryService history, AuthorizationService authorizations, JdbcTemplate jdbc) {
    this.history = history;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
  }

  /** Overrides the removal time the engine gave the case from its model's time to live. */
  public void keepUntilReviewed(String caseInstanceId) {
    attachHistoryGrants(caseInstanceId);
    history.setRemovalTimeToHistoricProcessInstances().clearedRemovalTime().byIds(caseInstanceId).hierarchical()
        .executeAsync();
  }

  /** The case leaves the next cleanup window; what the application holds beside it goes now. */
  public void removeFrom(String caseInstanceId, String caseReference, Date removalTime) {
    history.setRemovalTimeToHistoricProcessInstances().absoluteRemovalTime(removalTime).byIds(caseInstanceId)
        .hierarchical().executeAsync();
    jdbc.update("delete from smc_case_read_log where case_reference = ?", caseReference);
    // grants on the runtime instances and tasks have no removal time of their own
    List<String> instanceIds = hierarchy(caseInstanceId);
    deleteGrants(Resources.PROCESS_INSTANCE, instanceIds);
    for (String instanceId : instanceIds) {
      deleteGrants(Resources.TASK, history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list().stream()
          .map(HistoricTaskInstance::getId).toList());
    }
  }

  /**
   * The per-case history grants are written as each instance or task starts, before its history row
   * exists, so the engine could not tie them to the case then; saved again now, it does, and they get
   * the case's removal time and go with it.
   */
  private void attachHistoryGrants(String caseInstanceId) {
    for (String instanceId : hierarchy(caseInstanceId)) {
      resave(Resources.HISTORIC_PROCESS_INSTANCE, List.of(instanceId));
      resave(Resources.HISTORIC_TASK, history.createHistoricTaskInstanceQuery().processInstanceId(instanceId).list()
          .stream().map(HistoricTaskInstance::getId).toList());
    }
  }

  private void resave(Resource resource, List<String> resourceIds) {
    for (String id : resourceIds) {
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(id).list()
          .forEach(authorizations::saveAuthorization);
    }
  }

  private List<String> hierarchy(String caseInstanceId) {
    return history.createHistoricProcessInstanceQuery().rootProcessInstanceId(caseInstanceId).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  public boolean removed(String caseInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(caseInstanceId).count() == 0;
  }

  private void deleteGrants(Resource resource, List<String> resourceIds) {
    for (String id : resourceIds) {
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(id).list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
  }
}
