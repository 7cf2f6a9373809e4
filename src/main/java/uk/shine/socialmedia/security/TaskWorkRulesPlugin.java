package uk.shine.socialmedia.security;

import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.CommandFields;
import uk.shine.socialmedia.intake.ConcernVariables;

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
 * comments on it, briefly.
 */
@Component
public class TaskWorkRulesPlugin extends AbstractProcessEnginePlugin {

  static final int MAX_COMMENT = 2000;
  static final String CANNOT_WORK = "You cannot work on this task";
  static final String CASE_MANAGER_ONLY = "Only the case manager can give this task to someone else or take it off them";
  static final String NOT_OFFERED = "A task can be given only to someone in a group it is offered to";
  static final String SUBJECT = "This person is the subject of the case and cannot work on it";
  static final String GROUPS_SET_BY_PROCESS = "Which groups a task is offered to is set by the process";
  static final String TASK_SET_BY_PROCESS = "A task's details are set by the process; the case manager can reassign it";
  static final String ALREADY_CLAIMED = "Someone else has already claimed this task; the case manager can reassign it";
  static final String NOT_DELEGATED = "This task was not delegated, so there is nothing to resolve: complete it instead";
  static final String NO_ERRORS = "A task is finished by completing its form: raising an error or escalation on it "
      + "is not allowed";
  static final String COMMENT_NOT_YOURS = "Only the people who can work on this task can comment on it";
  static final String COMMENT_TOO_LONG = "A comment can be at most " + MAX_COMMENT + " characters";
  static final String COMMENT_ELSEWHERE = "A comment on a task belongs to that task's own case";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Rules());
  }

  private static final class Rules extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      String caller = context.getAuthenticatedUserId();
      if (caller == null || !context.isAuthorizationCheckEnabled()) {
        return next.execute(command); // the engine's own work, or the application's on purpose
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        throw refusal(Status.FORBIDDEN, NO_ERRORS);
      }
      if (command instanceof SaveTaskCmd) {
        // rewriting a task (its assignee, owner, dates, parent) wholesale; the engine allows it to nobody here either
        throw refusal(Status.FORBIDDEN, TASK_SET_BY_PROCESS);
      }
      if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
        checkComment(command, context);
      } else if (command instanceof ResolveTaskCmd) {
        TaskEntity task = openTask(command, context);
        mayWork(task, context, CANNOT_WORK);
        if (task.getDelegationState() != DelegationState.PENDING) {
          throw refusal(Status.BAD_REQUEST, NOT_DELEGATED);
        }
      } else if (command instanceof ClaimTaskCmd) {
        return claim(command, context, caller);
      } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
        if (CommandFields.read(command, "groupId") != null) {
          throw refusal(Status.FORBIDDEN, GROUPS_SET_BY_PROCESS);
        }
        boolean assignee = IdentityLinkType.ASSIGNEE.equals(CommandFields.read(command, "type"));
        String person = command instanceof DeleteIdentityLinkCmd ? null : (String) CommandFields.read(command, "userId");
        return putOnTask(command, context, caller, person, assignee);
      } else if (command instanceof DelegateTaskCmd) {
        return putOnTask(command, context, caller, (String) CommandFields.read(command, "userId"), false);
      }
      return next.execute(command);
    }

    private <T> T claim(Command<T> command, CommandContext context, String caller) {
      String person = (String) CommandFields.read(command, "userId");
      try {
        if (!caller.equals(person)) {
          return putOnTask(command, context, caller, person, true);
        }
        mayWork(openTask(command, context), context, CANNOT_WORK);
        return next.execute(command);
      } catch (TaskAlreadyClaimedException held) {
        throw refusal(Status.CONFLICT, ALREADY_CLAIMED);
      }
    }

    /**
     * @param person who is put on the task; null when someone is taken off it
     * @param assigning whether the change is who holds the task (the assignee)
     */
    private <T> T putOnTask(Command<T> command, CommandContext context, String caller, String person,
        boolean assigning) {
      TaskEntity task = openTask(command, context);
      String holder = task.getAssignee();
      boolean ownTask = assigning && (caller.equals(person) ? holder == null || caller.equals(holder)
          : person == null && caller.equals(holder));
      if (ownTask) {
        mayWork(task, context, CANNOT_WORK);
      } else {
        mustManage(task, context);
        if (person != null) {
          mayBeGiven(task, person, context);
        }
      }
      // the engine's own check wants a right to reassign, which nobody holds: the rules above are the check
      return context.runWithoutAuthorization(() -> next.execute(command));
    }

    private static void mustManage(TaskEntity task, CommandContext context) {
      Object manager = task.getExecution() == null ? null
          : task.getExecution().getVariable(ConcernVariables.CASE_MANAGER_GROUP);
      List<String> groups = context.getAuthenticatedGroupIds();
      if (manager == null || groups == null || !groups.contains(manager.toString())
          || !context.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.PROCESS_INSTANCE,
              task.getProcessInstanceId())) {
        throw refusal(Status.FORBIDDEN, CASE_MANAGER_ONLY);
      }
    }

    private static void mayBeGiven(TaskEntity task, String person, CommandContext context) {
      if (person.equals(task.getExecution().getVariable(ConcernVariables.SUBJECT_USER_ID))) {
        throw refusal(Status.FORBIDDEN, SUBJECT);
      }
      List<String> groups = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
          .createGroupQuery(context).groupMember(person).list().stream().map(Group::getId).toList());
      boolean offered = false;
      for (IdentityLink candidate : task.getCandidates()) {
        offered |= person.equals(candidate.getUserId()) || groups.contains(candidate.getGroupId());
      }
      if (!offered) {
        throw refusal(Status.FORBIDDEN, NOT_OFFERED);
      }
    }

    private static void checkComment(Command<?> command, CommandContext context) {
      String message = (String) CommandFields.read(command, "message");
      if (command instanceof AddCommentCmd) {
        if (CommandFields.read(command, "taskId") == null) {
          throw refusal(Status.FORBIDDEN, COMMENT_NOT_YOURS);
        }
        TaskEntity task = openTask(command, context);
        mayWork(task, context, COMMENT_NOT_YOURS);
        Object instance = CommandFields.read(command, "processInstanceId");
        if (instance != null && !instance.equals(task.getProcessInstanceId())) {
          throw refusal(Status.BAD_REQUEST, COMMENT_ELSEWHERE);
        }
      }
      if (message != null && message.length() > MAX_COMMENT) {
        throw refusal(Status.BAD_REQUEST, COMMENT_TOO_LONG);
      }
    }

    private static TaskEntity openTask(Command<?> command, CommandContext context) {
      TaskEntity task = context.getTaskManager().findTaskById((String) CommandFields.read(command, "taskId"));
      if (task == null) {
        throw refusal(Status.NOT_FOUND, PlainRefusalsPlugin.TASK_GONE);
      }
      return task;
    }

    private static void mayWork(TaskEntity task, CommandContext context, String refusal) {
      try {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      } catch (AuthorizationException refused) {
        throw refusal(Status.FORBIDDEN, refusal);
      }
    }

    private static Refusal refusal(Status status, String message) {
      return new Refusal(status, message);
    }
  }
}
