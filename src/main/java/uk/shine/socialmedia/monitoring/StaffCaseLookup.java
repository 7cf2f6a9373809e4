package uk.shine.socialmedia.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Finds the open staff case a person may ask monitoring for: its staff path still running, the person
 * not its subject, and either in its case manager's or leader's group (the head teacher, HR, the
 * chair) or the assignee of its open investigation task (the investigating officer). Read without
 * the person's authorizations, inside their command: they may not read the case as a whole.
 */
@Component
class StaffCaseLookup {

  static final String STAFF_PATH = "staff-disciplinary";
  static final String INVESTIGATION_TASK = "investigate-allegation";

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  StaffCaseLookup(HistoryService history, RuntimeService runtime, TaskService tasks, IdentityService identity) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The case's variables a request carries, when the person may ask; empty otherwise. */
  Optional<Map<String, Object>> caseInvestigatedOrManagedBy(String reference, String userId) {
    return EngineCommands.withoutAuthorization(() -> find(reference, userId));
  }

  private Optional<Map<String, Object>> find(String reference, String userId) {
    Optional<HistoricProcessInstance> found = CaseReferences.find(history, reference);
    if (found.isEmpty() || found.get().getEndTime() != null) {
      return Optional.empty();
    }
    String caseId = found.get().getId();
    var staffPath = runtime.createProcessInstanceQuery().superProcessInstanceId(caseId)
        .processDefinitionKey(STAFF_PATH).active().list();
    if (staffPath.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> variables = new HashMap<>();
    for (String name : CheckMonitoringRequest.FROM_THE_CASE) {
      variables.put(name, runtime.getVariable(caseId, name));
    }
    if (userId.equals(variables.get(ConcernVariables.SUBJECT_USER_ID))) {
      return Optional.empty();
    }
    boolean managesIt = memberOf(userId, variables.get(ConcernVariables.CASE_MANAGER_GROUP))
        || memberOf(userId, variables.get(ConcernVariables.LEADER_GROUP));
    boolean investigatesIt = tasks.createTaskQuery().processInstanceId(staffPath.get(0).getId())
        .taskDefinitionKey(INVESTIGATION_TASK).taskAssignee(userId).count() > 0;
    return managesIt || investigatesIt ? Optional.of(variables) : Optional.empty();
  }

  private boolean memberOf(String userId, Object group) {
    return group != null && identity.createUserQuery().userId(userId).memberOfGroup(group.toString()).count() > 0;
  }
}
