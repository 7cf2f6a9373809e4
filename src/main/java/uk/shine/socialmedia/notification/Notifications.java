package uk.shine.socialmedia.notification;

import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * E-mail notifications of case work. Every method only <em>enqueues</em> a notification as an
 * engine job in the command that calls it: it commits with the caller's work (and vanishes if that
 * rolls back), and is sent afterwards in a transaction of its own, with retries, so a mail failure
 * never undoes anyone's work. Messages carry the case reference, the task's name from the model, its
 * deadline and a Tasklist link; never names, summaries or other form answers; never to the case's
 * subject ({@code subjectUserId}).
 *
 * <p>Sent without being asked: a new task to its candidate groups and assignee (as an urgent alert
 * in the processes of {@code socialmedia.notifications.urgent-processes}), a deadline warning
 * {@code socialmedia.notifications.deadline-warning} before a task's due date, the reporter's
 * acknowledgement when triage is completed, and an operations alert to {@code camunda-admin} when
 * an incident is raised.
 *
 * <p>For escalations, call it from a listener or delegate, e.g. a task timeout listener:
 * <pre>{@code
 * <camunda:taskListener event="timeout" id="escalate" expression="${notifications.escalated(task, 'chair')}">
 *   <bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition>
 * </camunda:taskListener>
 * }</pre>
 * The group told should be able to see the task (e.g. add it as a candidate group first): the
 * message links to it.
 */
@Component("notifications")
public class Notifications {

  private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9-]+");

  private final NotificationProperties properties;

  public Notifications(NotificationProperties properties) {
    this.properties = properties;
  }

  /** Tells the members of {@code toGroup} that this task has been escalated to them. */
  public void escalated(DelegateTask task, String toGroup) {
    if (toGroup == null || !GROUP_ID.matcher(toGroup).matches()) {
      throw new IllegalArgumentException("Not a group id: " + toGroup);
    }
    enqueue(Notification.escalated(task.getId(), toGroup), task, null);
  }

  /**
   * Tells the administrator that nobody may work on this task: everyone in {@code group} is the
   * person the case is about, and there is no group above it to bring in.
   */
  public void nobodyCanWork(DelegateTask task, String group) {
    enqueue(Notification.nobodyCanWork(task.getId(), group), task, null);
  }

  /** Tells the task's candidate groups and assignee that its deadline has passed. */
  public void deadlineMissed(DelegateTask task) {
    enqueue(Notification.aboutTask(NotificationKind.DEADLINE_MISSED, task.getId()), task, null);
  }

  /** The same, but not to {@code escalatedTo}: the group brought in hears "Escalated to you" instead. */
  public void deadlineMissed(DelegateTask task, String escalatedTo) {
    enqueue(Notification.deadlineMissed(task.getId(), escalatedTo), task, null);
  }

  /**
   * Tells the administrator that this task's deadline has passed and nobody above its owner
   * ({@code ownerGroup}, e.g. the chair, who has no vice-chair group) can be brought in.
   */
  public void deadlineMissedNobodyAbove(DelegateTask task, String ownerGroup) {
    enqueue(Notification.deadlineMissedNobodyAbove(task.getId(), ownerGroup, task.getDueDate().getTime()), task, null);
  }

  /**
   * Tells the administrator and the DSL that a case has stopped (nothing waiting, or an incident): the
   * case reference only. Not attached to the case, so a broken case cannot take its own alert with it.
   *
   * @param day the day of the check (yyyyMMdd): one message per case and day
   */
  public void caseStuck(String caseInstanceId, String processDefinitionId, String day) {
    NotificationJobs.enqueue(Notification.caseStuck(caseInstanceId, day), null, processDefinitionId, null);
  }

  /**
   * Tells the person who reported the case that their report has been seen. Sent already when
   * triage is completed; call it only for another moment worth telling them of.
   */
  public void reportSeen(DelegateExecution execution) {
    // not attached to the case: it must reach the reporter even when the case closes at once
    NotificationJobs.enqueue(Notification.reportSeen(EngineRecords.rootInstanceId(execution)), null,
        execution.getProcessDefinitionId(), null);
  }

  /**
   * Gives the person who reported the case its reference and what happens next, at once (named on the
   * case's start event). Not attached to the case, like {@link #reportSeen}.
   */
  public void reportReceived(DelegateExecution execution) {
    NotificationJobs.enqueue(Notification.reportReceived(EngineRecords.rootInstanceId(execution)), null,
        execution.getProcessDefinitionId(), null);
  }

  /**
   * Tells the case manager which paths of the case have started and which groups work each, by name
   * (named on the start of the paths triage chose: the first of them enqueues it, once all start
   * together, so the message sees them all).
   */
  public void pathsStarted(DelegateExecution execution) {
    if (Integer.valueOf(0).equals(execution.getVariableLocal("loopCounter"))) {
      NotificationJobs.enqueue(Notification.pathsStarted(EngineRecords.rootInstanceId(execution)), null,
          execution.getProcessDefinitionId(), null);
    }
  }

  /**
   * Tells the DSL and the data protection lead at once that someone changed who may read cases (an
   * entry of the access-change log, {@link AccessChangeRecords}). Not attached to any case.
   */
  public void accessChanged(String changeId) {
    NotificationJobs.enqueue(Notification.accessChanged(changeId), null, null, null);
  }

  /**
   * Tells the data protection lead that monitoring of school systems was authorised or renewed on a
   * case: its reference and where the register is, nothing of what is monitored or why.
   */
  public void monitoringAuthorised(DelegateExecution execution) {
    NotificationJobs.enqueue(Notification.monitoringAuthorised(execution.getProcessInstanceId()), null,
        execution.getProcessDefinitionId(), null);
  }

  /**
   * Tells the person who started this request what became of it: what it was for and the outcome, as
   * codes (e.g. {@code PERSONAL_DEVICE_FOR_SCHOOL_EMAIL}, {@code APPROVED}), never the reasons.
   */
  public void requestDecided(DelegateExecution execution, String kind, String outcome) {
    NotificationJobs.enqueue(Notification.requestDecided(execution.getProcessInstanceId(), kind + ":" + outcome), null,
        execution.getProcessDefinitionId(), null);
  }

  /** Tells the DSL who sent a pupil's records that the receiving school has the child protection file: the reference alone. */
  public void transferConfirmed(DelegateExecution execution) {
    NotificationJobs.enqueue(Notification.transferConfirmed(execution.getProcessInstanceId()), null,
        execution.getProcessDefinitionId(), null);
  }

  /** Every user task, when created: its people hear of it, and of its deadline before it passes. */
  public void taskCreated(DelegateTask task) {
    if (task.getExecution() == null) {
      return;
    }
    String processKey = EngineModels.processKey(task.getExecution());
    boolean urgent = properties.urgentProcesses() != null && properties.urgentProcesses().contains(processKey);
    enqueue(Notification.aboutTask(urgent ? NotificationKind.URGENT_TASK : NotificationKind.NEW_TASK, task.getId()),
        task, null);
    scheduleDeadlineWarning(task, false);
  }

  /** Every user task, when its due date changes: the warning for the old one is withdrawn, the new one gets its own. */
  public void dueDateChanged(DelegateTask task) {
    if (task.getExecution() != null) {
      NotificationJobs.withdrawWarnings(task, task.getDueDate() == null ? null : task.getDueDate().getTime());
      scheduleDeadlineWarning(task, true);
    }
  }

  /** Every user task, when done or cancelled: its deadline warnings not yet sent are withdrawn. */
  public void taskEnded(DelegateTask task) {
    if (task.getExecution() != null) {
      NotificationJobs.withdrawWarnings(task, null);
    }
  }

  /**
   * A task created with less time to its due date than the warning gets no separate warning: the new
   * task's own message names its deadline. A due date moved that close is warned of at once.
   */
  private void scheduleDeadlineWarning(DelegateTask task, boolean moved) {
    Date due = task.getDueDate();
    if (due == null) {
      return;
    }
    long now = EngineTime.now().getTime();
    long warnAt = Math.max(now, due.getTime() - properties.deadlineWarning().toMillis());
    if (warnAt == now && !moved) {
      return;
    }
    enqueue(Notification.deadlineWarning(task.getId(), due.getTime()), task, new Date(warnAt));
  }

  private static void enqueue(Notification notification, DelegateTask task, Date dueAt) {
    DelegateExecution execution = task.getExecution();
    // the case and its reference, as this command already has them (its paths carry the case's business key)
    NotificationJobs.enqueue(notification.inCase(EngineRecords.rootInstanceId(execution), execution.getProcessBusinessKey()),
        execution, null, dueAt);
  }
}
