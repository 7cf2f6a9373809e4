package uk.shine.socialmedia.deadlines;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * When work is late: the open task stays where it is and another group gets it too, at the top of
 * their list. Nothing is taken away from the people already on it.
 */
@Service
public class Escalations {

  /** Task priority the Tasklist shows first (Camunda's default is 50). */
  static final int ESCALATED_PRIORITY = 100;

  private final TaskService tasks;

  public Escalations(TaskService tasks) {
    this.tasks = tasks;
  }

  /**
   * @return whether the task was still open (and is now escalated)
   */
  public boolean escalate(String processInstanceId, String taskKey, String toGroup) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      return false;
    }
    tasks.addCandidateGroup(task.getId(), toGroup);
    tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
    return true;
  }
}
