package uk.shine.socialmedia.engine;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's permission checks, with one answered more cheaply: whether a person may work a task
 * of a case (complete it, submit its form). The engine builds and runs its general authorization
 * statement for that on every completion, a tenth of a completion's time; here the task's grants and
 * its model's are read by resource id, one small indexed statement, and weighed as the engine would:
 * any grant (or global authorization) to the person or one of their groups, with work or update on
 * the task or with work or task update on its model, or on every task or model.
 *
 * <p>That is the engine's answer only because no REVOKE authorization exists ({@code CaseAccessPlugin}
 * refuses to save one and checks at start). Only a yes is given here: on anything else (no such
 * grant, a REVOKE after all, a task of no process) the engine's own check runs and gives its own
 * answer and refusal, so this can let nobody in whom the engine would keep out.
 */
class TaskWorkCheck extends AuthorizationCommandChecker {

  private static final int TASK = Resources.TASK.resourceType();
  private static final int MODEL = Resources.PROCESS_DEFINITION.resourceType();

  @Override
  public void checkTaskWork(TaskEntity task) {
    if (!grantedWork(task)) {
      super.checkTaskWork(task);
    }
  }

  /** Whether the grants alone let the authenticated person work the task (false: the engine must answer). */
  static boolean grantedWork(TaskEntity task) {
    CommandContext context = Context.getCommandContext();
    Authentication person = context.getAuthentication();
    if (task.getExecutionId() == null || task.getProcessDefinition() == null || person == null
        || person.getUserId() == null || !context.isAuthorizationCheckEnabled()) {
      return false;
    }
    String model = task.getProcessDefinition().getKey();
    List<Object[]> grants = CommandSql.rows("read the grants of a task",
        "SELECT RESOURCE_TYPE_, RESOURCE_ID_, TYPE_, USER_ID_, GROUP_ID_, PERMS_ FROM " + CommandSql.prefix()
            + "ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ IN (?, ?, ?) AND RESOURCE_TYPE_ IN (?, ?)",
        6, task.getId(), model, Authorization.ANY, TASK, MODEL);
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    boolean granted = false;
    for (Object[] grant : grants) {
      if (((Number) grant[2]).intValue() == Authorization.AUTH_TYPE_REVOKE) {
        return false; // cannot be saved here; if one is there all the same, the engine weighs it
      }
      granted |= holds(person.getUserId(), groups, grant) && allowsWork(task.getId(), model, grant);
    }
    return granted;
  }

  /** A global authorization, or a grant to the person or one of their groups. */
  private static boolean holds(String userId, List<String> groups, Object[] grant) {
    Object user = grant[3];
    Object group = grant[4];
    return Authorization.ANY.equals(user) || userId.equals(user) || (group != null && groups.contains(group));
  }

  private static boolean allowsWork(String taskId, String model, Object[] grant) {
    int type = ((Number) grant[0]).intValue();
    Object id = grant[1];
    int perms = ((Number) grant[5]).intValue();
    if (type == TASK && (taskId.equals(id) || Authorization.ANY.equals(id))) {
      return has(perms, Permissions.TASK_WORK) || has(perms, Permissions.UPDATE);
    }
    if (type == MODEL && (model.equals(id) || Authorization.ANY.equals(id))) {
      return has(perms, Permissions.TASK_WORK) || has(perms, Permissions.UPDATE_TASK);
    }
    return false;
  }

  private static boolean has(int perms, Permission permission) {
    return (perms & permission.getValue()) == permission.getValue();
  }
}
