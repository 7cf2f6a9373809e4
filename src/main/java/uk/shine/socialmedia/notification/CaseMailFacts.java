package uk.shine.socialmedia.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * What a message may say about a case, and whom it must never reach, read from history so it
 * holds for a path or case that has ended since.
 *
 * @param reference the case reference, or null (an image publication request has none)
 * @param subjects the subject of the case and of the path (never told anything)
 * @param reporterUserId who started the case: the engine records the authenticated user at start
 * @param caseManagerGroup who manages the case, as the instance itself records it (null on a path); read in
 *     the same look-up, for the message to the case manager
 */
record CaseMailFacts(String reference, Set<String> subjects, String reporterUserId, String caseManagerGroup) {

  /** Inside an engine command (the notification's job). */
  static CaseMailFacts of(HistoryService history, String processInstanceId) {
    // by id, not by a query: the query's dynamic SQL cost more than the rest of a message
    HistoricProcessInstance instance = EngineRecords.historicInstance(processInstanceId);
    if (instance == null) {
      return new CaseMailFacts(null, Set.of(), null, null);
    }
    String rootId = instance.getRootProcessInstanceId() == null ? processInstanceId : instance.getRootProcessInstanceId();
    HistoricProcessInstance root = rootId.equals(processInstanceId) ? instance
        : EngineRecords.historicInstance(rootId);
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId, rootId)
        .variableNameIn(ConcernVariables.CASE_REFERENCE, ConcernVariables.SUBJECT_USER_ID,
            ConcernVariables.CASE_MANAGER_GROUP).list();
    String reference = root.getBusinessKey();
    String caseManagerGroup = null;
    Set<String> subjects = new HashSet<>();
    for (HistoricVariableInstance variable : variables) {
      Object value = variable.getValue();
      if (!(value instanceof String text) || text.isBlank()) {
        continue;
      }
      if (ConcernVariables.CASE_MANAGER_GROUP.equals(variable.getName())) {
        if (processInstanceId.equals(variable.getProcessInstanceId())) {
          caseManagerGroup = text;
        }
      } else if (ConcernVariables.SUBJECT_USER_ID.equals(variable.getName())) {
        subjects.add(text);
      } else if (reference == null) {
        reference = text;
      }
    }
    return new CaseMailFacts(reference, Set.copyOf(subjects), root.getStartUserId(), caseManagerGroup);
  }

  /**
   * For a notification about a task, whose job carries the case and its reference as the command that
   * created the task knew them: only the subjects are read (they may have been named since), in one
   * look-up, once per job for the same instance ({@code subjectsRead}). Without the case in the job, as
   * {@link #of(HistoryService, String)}. The reporter is not read.
   */
  static CaseMailFacts ofTask(HistoryService history, String processInstanceId, Notification notification,
      Map<String, Set<String>> subjectsRead) {
    if (notification.rootInstanceId() == null || notification.reference() == null) {
      return of(history, processInstanceId);
    }
    Set<String> subjects = subjectsRead.computeIfAbsent(processInstanceId + " " + notification.rootInstanceId(),
        instances -> subjects(history, processInstanceId, notification.rootInstanceId()));
    return new CaseMailFacts(notification.reference(), subjects, null, null);
  }

  private static Set<String> subjects(HistoryService history, String processInstanceId, String rootInstanceId) {
    Set<String> subjects = new HashSet<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId, rootInstanceId)
        .variableName(ConcernVariables.SUBJECT_USER_ID).list().forEach(variable -> {
          if (variable.getValue() instanceof String text && !text.isBlank()) {
            subjects.add(text);
          }
        });
    return Set.copyOf(subjects);
  }
}
