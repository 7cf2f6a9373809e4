package uk.shine.socialmedia.chronology;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.cases.ProcessDeclaration;
import uk.shine.socialmedia.deadlines.CalendarProperties;
import uk.shine.socialmedia.intake.CaseReferences;
import uk.shine.socialmedia.security.CurrentUser;

/**
 * A case's chronology, read from the engine's history with the person's own authorizations: the case
 * must be visible to them (the subject and outsiders find nothing), and each path, task and decision
 * appears only if they may read it (the head teacher does not see inside a safeguarding referral).
 */
@Service
public class CaseChronology {

  /** A case's events, oldest first. */
  public record Chronology(String caseReference, List<ChronologyEvent> events) {
  }

  // queries as a person must be bounded (queryMaxResultsLimit 2000); a case holds far fewer rows
  private static final int MAX = 2000;

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

  private final HistoryService history;
  private final IdentityService identity;
  private final ZoneId zone;
  private final DecisionVariables decisions;
  private final List<String> keptWithTheCase;

  CaseChronology(HistoryService history, IdentityService identity, CalendarProperties calendar,
      DecisionVariables decisions, List<ProcessDeclaration> processes) {
    this.keptWithTheCase = processes.stream().filter(ProcessDeclaration::keptWithTheCase)
        .map(ProcessDeclaration::processKey).toList();
    this.history = history;
    this.identity = identity;
    this.zone = calendar.zone();
    this.decisions = decisions;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Empty when there is no such case or the person may not see it: the answer is the same. */
  public Optional<Chronology> of(String caseReference, CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      Optional<HistoricProcessInstance> found = CaseReferences.find(history, caseReference);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      HistoricProcessInstance theCase = found.get();
      List<HistoricProcessInstance> instances = new ArrayList<>(history.createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(theCase.getId()).listPage(0, MAX));
      for (String key : keptWithTheCase) {
        instances.addAll(history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(caseReference).listPage(0, MAX));
      }
      List<ChronologyEvent> events = new ArrayList<>();
      List<HistoricTaskInstance> tasks = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        String key = instance.getProcessDefinitionKey();
        boolean isCase = instance.getId().equals(theCase.getId());
        add(events, instance.getStartTime(), key, "started", isCase ? "Concern reported" : "Path started: " + key,
            isCase ? instance.getStartUserId() : null);
        add(events, instance.getEndTime(), key, "ended", isCase ? "Case closed" : "Path ended: " + key, null);
        List<HistoricTaskInstance> ofInstance = history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
            .listPage(0, MAX);
        tasks.addAll(ofInstance);
        decisions(instance, events);
      }
      tasks(tasks, events);
      events.sort(Comparator.comparing(event -> Instant.parse(event.at())));
      return Optional.of(new Chronology(caseReference, events));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Whether the person may see the case at all (its history), under their own authorizations. */
  public boolean visible(String caseReference, CurrentUser.Person person) {
    identity.setAuthentication(person.userId(), person.groupIds(), person.tenantIds());
    try {
      return CaseReferences.find(history, caseReference).isPresent();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void tasks(List<HistoricTaskInstance> tasks, List<ChronologyEvent> events) {
    Map<String, String> completedBy = completedBy(tasks);
    for (HistoricTaskInstance task : tasks) {
      String key = task.getProcessDefinitionKey();
      String due = task.getDueDate() == null ? "" : " (due " + WHEN.format(task.getDueDate().toInstant().atZone(zone)) + ")";
      add(events, task.getStartTime(), key, "task", "Task created: " + task.getName() + due, null);
      if (task.getEndTime() != null) {
        boolean done = "completed".equals(task.getDeleteReason());
        boolean late = done && task.getDueDate() != null && task.getEndTime().after(task.getDueDate());
        add(events, task.getEndTime(), key, done ? "task-completed" : "task-ended",
            (done ? "Task completed: " : "Task ended without completion: ") + task.getName() + (late ? " (after its deadline)" : ""),
            done ? Optional.ofNullable(completedBy.get(task.getId())).orElse(task.getAssignee()) : null);
      } else if (task.getDueDate() != null) {
        add(events, task.getDueDate(), key, "deadline", "Deadline: " + task.getName(), null);
      }
    }
  }

  /**
   * Who pressed Complete: the engine's user operation log. It is read without the person's
   * authentication, but only for tasks they have just been allowed to see, and only the user id.
   */
  private Map<String, String> completedBy(List<HistoricTaskInstance> tasks) {
    identity.clearAuthentication();
    Map<String, String> by = new HashMap<>();
    for (HistoricTaskInstance task : tasks) {
      history.createUserOperationLogQuery().taskId(task.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).listPage(0, 10).stream()
          .filter(entry -> entry.getUserId() != null).findFirst()
          .ifPresent(entry -> by.put(task.getId(), entry.getUserId()));
    }
    return by;
  }

  private void decisions(HistoricProcessInstance instance, List<ChronologyEvent> events) {
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance.getId()).variableUpdates()
        .listPage(0, MAX)) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      if (decisions.shows(update.getVariableName()) && update.getValue() != null) {
        add(events, update.getTime(), instance.getProcessDefinitionKey(), "decision",
            decisions.describe(update.getVariableName(), update.getValue()), null);
      }
    }
  }

  private static void add(List<ChronologyEvent> events, Date at, String path, String kind, String what, String by) {
    if (at != null) {
      events.add(new ChronologyEvent(at.toInstant().toString(), path, kind, what, by));
    }
  }
}
