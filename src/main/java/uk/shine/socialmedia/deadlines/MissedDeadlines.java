package uk.shine.socialmedia.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.notification.Notifications;
import uk.shine.socialmedia.security.CaseGroups;
import uk.shine.socialmedia.security.NextGroupUp;

/**
 * The deadline check: one engine job (processes/deadline-check.bpmn, every 15 minutes, {@link CheckDeadlines}) finds the open
 * tasks whose due date has passed, records each miss once ({@link DeadlineMisses}) and escalates by the task's
 * rule: the next group up from the task's owner gets the task at the top of its list (and may read that
 * path), everyone on it hears that the deadline has passed; with nobody above, the administrator is
 * told. A task whose model escalates it itself (the imagery hour, the LADO's working day) is only
 * recorded. Also the complete listener that keeps a late date a form accepted:
 * {@code ${missedDeadlines.lateDate(task, 'hearingDate', 'hearingLatestDate')}}.
 */
@Component("missedDeadlines")
public class MissedDeadlines {

  // far more than a school's late tasks; the newest first, so a new miss is never behind old known ones
  static final int MOST_PER_RUN = 500;

  private final TaskDeadlineTable table;
  private final DeadlineMisses misses;
  private final Escalations escalations;
  private final Notifications notifications;
  private final Deadlines deadlines;
  private final WorkingDays workingDays;
  private final NextGroupUp nextGroupUp;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final HistoryService history;
  private final IdentityService identity;

  MissedDeadlines(TaskDeadlineTable table, DeadlineMisses misses, Escalations escalations, Notifications notifications,
      Deadlines deadlines, WorkingDays workingDays, NextGroupUp nextGroupUp, TaskService tasks,
      RuntimeService runtime, RepositoryService repository, HistoryService history, IdentityService identity) {
    this.table = table;
    this.misses = misses;
    this.escalations = escalations;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.workingDays = workingDays;
    this.nextGroupUp = nextGroupUp;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.history = history;
    this.identity = identity;
  }

  void check() {
    table.refresh();
    Instant now = deadlines.now().toInstant();
    // a late task stays an open miss until it is done: one query tells which late tasks are known
    List<DeadlineMisses.Miss> open = misses.open();
    Set<String> known = open.stream().map(DeadlineMisses.Miss::id).collect(Collectors.toSet());
    // the grants of this round are not in the database before it ends: two late tasks of one path bring a group in once
    Set<String> letIn = new HashSet<>();
    for (Task task : tasks.createTaskQuery().dueBefore(deadlines.now()).orderByDueDate().desc().listPage(0, MOST_PER_RUN)) {
      String id = task.getId() + "-" + task.getDueDate().getTime();
      if (!known.contains(id)) {
        missed(id, task, now, letIn);
      }
    }
    for (DeadlineMisses.Miss miss : open) {
      if (tasks.createTaskQuery().taskId(miss.taskId()).count() == 0) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(miss.taskId()).singleResult();
        misses.done(miss.id(), done != null && done.getEndTime() != null ? done.getEndTime().toInstant() : now);
      }
    }
  }

  private void missed(String id, Task task, Instant now, Set<String> letIn) {
    String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    DeadlineRule rule = table.rule(processKey, task.getTaskDefinitionKey());
    String broughtIn = rule.escalatedByTheModel() ? null : escalate(task, rule, letIn);
    ProcessInstance path = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    misses.record(new DeadlineMisses.Miss(id, path.getRootProcessInstanceId(), path.getBusinessKey(), processKey,
        task.getTaskDefinitionKey(), task.getId(), rule.name(), rule.statutory(), task.getDueDate().toInstant(), now,
        null, broughtIn));
  }

  /** @return the group brought in, or camunda-admin when only the administrator could be told */
  private String escalate(Task task, DeadlineRule rule, Set<String> letIn) {
    // the open task as listeners and notifications take it
    DelegateTask late = EngineRecords.task(task.getId());
    List<String> groups = late.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    TaskDeadlineTable.Escalation escalation = table.escalation(groups);
    String wanted = rule.bringIn().isEmpty() ? escalation.bringIn() : rule.bringIn();
    Object subject = late.getExecution().getVariable(ConcernVariables.SUBJECT_USER_ID);
    String group = nextGroupUp.actingGroup(identity, wanted, subject == null ? null : subject.toString(),
        late.getTenantId());
    if (group == null) {
      notifications.deadlineMissed(late);
      notifications.deadlineMissedNobodyAbove(late, escalation.owner());
      return CaseGroups.ADMIN;
    }
    notifications.deadlineMissed(late, group);
    escalations.escalate(task, group);
    if (letIn.add(task.getProcessInstanceId() + " " + group)) {
      nextGroupUp.letIn(late.getExecution(), group);
    }
    return group;
  }

  /**
   * A date a form accepted after its statutory latest date (with the reason it gives): the miss is kept,
   * due at the end of the latest date, done on the date chosen.
   */
  public void lateDate(DelegateTask task, String dateVariable, String latestVariable) {
    Object chosen = task.getVariable(dateVariable);
    Object latest = task.getVariable(latestVariable);
    if (chosen == null || latest == null || !LocalDate.parse(chosen.toString()).isAfter(LocalDate.parse(latest.toString()))) {
      return;
    }
    String processKey = processKey(task.getBpmnModelElementInstance());
    DeadlineRule rule = table.rule(processKey, dateVariable);
    DelegateExecution execution = task.getExecution();
    ProcessInstance path = runtime.createProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .singleResult();
    misses.record(new DeadlineMisses.Miss(dateVariable + "-" + task.getId(), path.getRootProcessInstanceId(),
        execution.getProcessBusinessKey(), processKey, dateVariable, task.getId(), rule.name(), rule.statutory(),
        workingDays.endOf(LocalDate.parse(latest.toString())).toInstant(), deadlines.now().toInstant(),
        workingDays.endOf(LocalDate.parse(chosen.toString())).toInstant(), null));
  }

  /** The key of the process a model element belongs to (a task may sit inside a sub-process). */
  static String processKey(ModelElementInstance element) {
    ModelElementInstance scope = element;
    while (scope != null && !(scope instanceof Process)) {
      scope = scope.getParentElement();
    }
    if (scope == null) {
      throw new IllegalStateException("Not inside a process: " + element);
    }
    return ((Process) scope).getId();
  }
}
