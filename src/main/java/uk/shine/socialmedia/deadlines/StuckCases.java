package uk.shine.socialmedia.deadlines;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Open cases that have stopped: with an incident anywhere in the case or its paths, or with nothing
 * waiting in any of them (no open task, no timer, no job of the models). A case like that never moves
 * again by itself. Read without anyone's authentication: the answer holds references only.
 */
@Component
class StuckCases {

  /** Why a case counts as stuck. */
  enum Reason {
    INCIDENT("A technical step has failed (an incident): the administrator retries it in Cockpit"),
    NOTHING_WAITING("Nothing is waiting: no open task, no timer and no job in the case or its paths");

    final String explanation;

    Reason(String explanation) {
      this.explanation = explanation;
    }
  }

  /** @param subjectUserId never shown: the case's subject must not learn of it */
  record StuckCase(String caseReference, String caseInstanceId, String processDefinitionId, Reason reason,
      String subjectUserId) {
  }

  // a school's open cases are far fewer; bounded as queryMaxResultsLimit asks
  static final int MOST = 2000;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  StuckCases(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  List<StuckCase> find() {
    List<StuckCase> stuck = new ArrayList<>();
    for (ProcessInstance theCase : runtime.createProcessInstanceQuery().processDefinitionKey(ConcernVariables.PROCESS_KEY)
        .rootProcessInstances().active().orderByBusinessKey().asc().listPage(0, MOST)) {
      Reason reason = reason(theCase.getId());
      if (reason != null) {
        Object subject = runtime.getVariable(theCase.getId(), ConcernVariables.SUBJECT_USER_ID);
        stuck.add(new StuckCase(theCase.getBusinessKey(), theCase.getId(), theCase.getProcessDefinitionId(), reason,
            subject == null ? null : subject.toString()));
      }
    }
    return stuck;
  }

  private Reason reason(String caseId) {
    // an incident in a path is raised on the case too (the engine carries it up the call hierarchy)
    if (runtime.createIncidentQuery().processInstanceId(caseId).count() > 0) {
      return Reason.INCIDENT;
    }
    String[] instances = runtime.createProcessInstanceQuery().rootProcessInstanceId(caseId).listPage(0, MOST).stream()
        .map(ProcessInstance::getId).toArray(String[]::new);
    if (tasks.createTaskQuery().processInstanceIdIn(instances).count() > 0) {
      return null;
    }
    // the models' timers and asynchronous steps; an e-mail waiting to go (no job definition) moves nothing
    boolean waiting = management.createJobQuery().rootProcessInstanceId(caseId).listPage(0, MOST).stream()
        .anyMatch(job -> job.getJobDefinitionId() != null);
    return waiting ? null : Reason.NOTHING_WAITING;
  }
}
