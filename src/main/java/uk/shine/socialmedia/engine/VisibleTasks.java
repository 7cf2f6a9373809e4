package uk.shine.socialmedia.engine;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * Which tasks a person may see, checked once per task. The engine checks a task list with a
 * {@code CASE} of up to a dozen correlated look-ups per task row (or a join that cannot use an index
 * on PostgreSQL), which at a trust's size made the DSL's list several times the cost of the bare
 * query. This application keeps every case's access in grants (never a REVOKE row), so the same
 * answer is one look-up of a grant on the task by id, plus two look-ups that do not depend on the row.
 *
 * <p>The statements are in {@code visible-tasks.xml}; {@link VisibleTasksPlugin} points the engine's
 * task query at them. They call the two functions below: the check they write themselves applies only
 * to the engine's usual task check (READ on the task, or READ_TASK on its process definition); any
 * other check is left to the engine as it is. Public only because MyBatis calls them by name.
 */
public final class VisibleTasks {

  private static final AuthorizationCheck NONE = new AuthorizationCheck();

  private VisibleTasks() {
  }

  /** The person's check when it is the usual task check this statement writes, or null. */
  public static AuthorizationCheck readerOf(AuthorizationCheck check) {
    return isTheUsualTaskCheck(check) ? check : null;
  }

  /** What the engine's own fragments should check: nothing when this statement checks instead. */
  public static AuthorizationCheck engineCheckBeside(AuthorizationCheck check) {
    return isTheUsualTaskCheck(check) ? NONE : check;
  }

  /**
   * The column both forms of the check look a task's grants up by: the id in the task's candidate link
   * when the query keeps only tasks that have one (a list by candidate group or user: the engine then
   * requires {@code I.TYPE_ = 'candidate'} of every row, and the link's task id is the task's), so the
   * check is asked as the link is joined, of the group's tasks only; the task's own id otherwise.
   */
  public static String grantedTaskColumn(TaskQueryImpl query) {
    boolean candidatesOnly = query.getCandidateUser() != null || query.getCandidateGroup() != null
        || query.getCandidateGroupsInternal() != null || query.getCandidateGroupLike() != null
        || Boolean.TRUE.equals(query.isWithCandidateGroups()) || Boolean.TRUE.equals(query.isWithCandidateUsers());
    return candidatesOnly ? "I.TASK_ID_" : "RES.ID_";
  }

  static boolean isTheUsualTaskCheck(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null) {
      return false;
    }
    CompositePermissionCheck checks = check.getPermissionChecks();
    List<PermissionCheck> atomic = checks.getAtomicChecks();
    return checks.isDisjunctive() && checks.getCompositeChecks().isEmpty() && atomic.size() == 2
        && is(atomic.get(0), Resources.TASK.resourceType(), "RES.ID_", Permissions.READ.getValue())
        && is(atomic.get(1), Resources.PROCESS_DEFINITION.resourceType(), "D.KEY_", Permissions.READ_TASK.getValue());
  }

  private static boolean is(PermissionCheck check, int resourceType, String column, int perms) {
    return check.getResourceType() == resourceType && column.equals(check.getResourceIdQueryParam())
        && check.getResourceId() == null && check.getPerms() == perms;
  }
}
