package uk.shine.socialmedia.deadlines;

import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.notification.Notifications;

/**
 * When work is late: the open task stays where it is and another group gets it too, at the top of
 * their list, and is told by e-mail. Nothing is taken away from the people already on it.
 */
@Service
public class Escalations {

  /** Task priority the Tasklist shows first (Camunda's default is 50). */
  static final int ESCALATED_PRIORITY = 100;

  private final TaskService tasks;
  private final Notifications notifications;

  public Escalations(TaskService tasks, Notifications notifications) {
    this.tasks = tasks;
    this.notifications = notifications;
  }

  /**
   * Must run inside an engine command (a delegate), so the caller can act on the task it returns.
   *
   * @return the task, when it was still open (and is now escalated)
   */
  public Optional<DelegateTask> escalate(String processInstanceId, String taskKey, String toGroup) {
    Task open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    return open == null ? Optional.empty() : Optional.of(escalate(open, toGroup));
  }

  /**
   * The same for a task found by a query in the running command (the deadline check). A group already
   * on the task is not added again; it is still told, and the task still goes to the top.
   */
  public DelegateTask escalate(Task open, String toGroup) {
    if (tasks.getIdentityLinksForTask(open.getId()).stream()
        .noneMatch(link -> toGroup.equals(link.getGroupId()) && IdentityLinkType.CANDIDATE.equals(link.getType()))) {
      tasks.addCandidateGroup(open.getId(), toGroup);
    }
    tasks.setPriority(open.getId(), ESCALATED_PRIORITY);
    DelegateTask escalated = EngineRecords.task(open.getId());
    notifications.escalated(escalated, toGroup);
    return escalated;
  }

  /**
   * The same for a task being created in this command (not yet found by a query), through the task
   * itself: the process brings the group in, whoever's request created the task.
   */
  public void escalate(DelegateTask task, String toGroup) {
    task.addCandidateGroup(toGroup);
    task.setPriority(ESCALATED_PRIORITY);
    notifications.escalated(task, toGroup);
  }
}
