package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * Who may put whom on a task, whichever API is used. A person claims a task for themselves, or gives
 * back one they hold. Anything else (claiming for another, setting the assignee, delegating, adding a
 * person to the task, taking a task off someone) is the case manager's (the case's
 * {@code caseManagerGroup}, where they can read the path), and only to a member of a group the task is
 * offered to who is not the case's subject; which groups those are is the model's. Without this, a case
 * worker could hand a task, and with it a grant to read the case, to anyone.
 *
 * <p>Besides: nobody rewrites a task wholesale; only a delegated task can be resolved; nobody raises
 * a BPMN error or escalation on a task (no model catches one); only someone who may work on a task
 * comments on it, briefly. The engine's {@code TaskWorkRulesPlugin} applies these rules to every task
 * command a person sends, before the engine's own checks.
 */
public final class TaskWorkRules {

  static final int MAX_COMMENT = 2000;

  /** Each refusal, with its answer. */
  public enum Refused {
    CANNOT_WORK(Status.FORBIDDEN, "You cannot work on this task"),
    CASE_MANAGER_ONLY(Status.FORBIDDEN, "Only the case manager can give this task to someone else or take it off them"),
    NOT_OFFERED(Status.FORBIDDEN, "A task can be given only to someone in a group it is offered to"),
    SUBJECT(Status.FORBIDDEN, "This person is the subject of the case and cannot work on it"),
    GROUPS_SET_BY_PROCESS(Status.FORBIDDEN, "Which groups a task is offered to is set by the process"),
    TASK_SET_BY_PROCESS(Status.FORBIDDEN, "A task's details are set by the process; the case manager can reassign it"),
    ALREADY_CLAIMED(Status.CONFLICT, "Someone else has already claimed this task; the case manager can reassign it"),
    NOT_DELEGATED(Status.BAD_REQUEST, "This task was not delegated, so there is nothing to resolve: complete it instead"),
    NO_ERRORS(Status.FORBIDDEN, "A task is finished by completing its form: raising an error or escalation on it "
        + "is not allowed"),
    COMMENT_NOT_YOURS(Status.FORBIDDEN, "Only the people who can work on this task can comment on it"),
    COMMENT_TOO_LONG(Status.BAD_REQUEST, "A comment can be at most " + MAX_COMMENT + " characters"),
    COMMENT_ELSEWHERE(Status.BAD_REQUEST, "A comment on a task belongs to that task's own case"),
    TASK_GONE(Status.NOT_FOUND, PlainRefusals.TASK_GONE);

    private final Status status;
    private final String message;

    Refused(Status status, String message) {
      this.status = status;
      this.message = message;
    }

    /** The refusal to throw. */
    public InvalidRequestException answer() {
      return new Refusal(status, message);
    }
  }

  private TaskWorkRules() {
  }

  /**
   * Whether a change of who holds a task is the caller's own: claiming a free task (or one they
   * hold) for themselves, or giving back one they hold. Anything else is the case manager's.
   *
   * @param person who is put on the task; null when someone is taken off it
   * @param holder who holds the task now, if anyone
   * @param assigning whether the change is who holds the task (the assignee)
   */
  public static boolean ownTask(String caller, String person, String holder, boolean assigning) {
    return assigning && (caller.equals(person) ? holder == null || caller.equals(holder)
        : person == null && caller.equals(holder));
  }

  /**
   * Only the case manager gives a task to someone else or takes it off them: a member of the case's
   * {@code caseManagerGroup} who may read the case.
   */
  public static void mustManage(Object caseManagerGroup, List<String> callerGroups, BooleanSupplier callerReadsCase) {
    if (caseManagerGroup == null || callerGroups == null || !callerGroups.contains(caseManagerGroup.toString())
        || !callerReadsCase.getAsBoolean()) {
      throw Refused.CASE_MANAGER_ONLY.answer();
    }
  }

  /**
   * A task is given only to someone it is offered to (by name, or through a group of theirs), never
   * to the case's subject.
   */
  public static void mayBeGiven(String person, Object subject, Collection<IdentityLink> candidates,
      Supplier<List<String>> groupsOfPerson) {
    if (person.equals(subject)) {
      throw Refused.SUBJECT.answer();
    }
    List<String> groups = groupsOfPerson.get();
    boolean offered = false;
    for (IdentityLink candidate : candidates) {
      offered |= person.equals(candidate.getUserId()) || groups.contains(candidate.getGroupId());
    }
    if (!offered) {
      throw Refused.NOT_OFFERED.answer();
    }
  }

  /** A comment on a task belongs to that task's own case. */
  public static void commentOnItsCase(Object processInstanceId, String tasksInstanceId) {
    if (processInstanceId != null && !processInstanceId.equals(tasksInstanceId)) {
      throw Refused.COMMENT_ELSEWHERE.answer();
    }
  }

  /** A comment is brief. */
  public static void commentLength(String message) {
    if (message != null && message.length() > MAX_COMMENT) {
      throw Refused.COMMENT_TOO_LONG.answer();
    }
  }
}
