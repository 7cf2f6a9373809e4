package uk.shine.socialmedia.engine;

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
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.security.TaskWorkRules.Refused;
import uk.shine.socialmedia.security.TaskWorkRules;

/**
 * Applies {@link TaskWorkRules} to every task command a person sends, whichever API it comes
 * through, inside the engine's transaction and before the engine's own checks: it reads what the
 * command asks and the task it names, and where the rules allow a change of who holds a task, makes
 * it in place of the engine's own check (which wants a right to reassign that nobody holds).
 */
class TaskWorkRulesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Wiring.insideTheTransaction(configuration, new TaskCommands());
  }

  private static final class TaskCommands extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      String caller = context.getAuthenticatedUserId();
      if (caller == null || !context.isAuthorizationCheckEnabled()) {
        return next.execute(command); // the engine's own work, or the application's on purpose
      }
      if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
        throw Refused.NO_ERRORS.answer();
      }
      if (command instanceof SaveTaskCmd) {
        // rewriting a task (its assignee, owner, dates, parent) wholesale; the engine allows it to nobody here either
        throw Refused.TASK_SET_BY_PROCESS.answer();
      }
      if (command instanceof AddCommentCmd || command instanceof UpdateCommentCmd) {
        checkComment(command, context);
      } else if (command instanceof ResolveTaskCmd) {
        TaskEntity task = openTask(command, context);
        mayWork(task, context, Refused.CANNOT_WORK);
        if (task.getDelegationState() != DelegationState.PENDING) {
          throw Refused.NOT_DELEGATED.answer();
        }
      } else if (command instanceof ClaimTaskCmd) {
        return claim(command, context, caller);
      } else if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
        if (CommandFields.read(command, "groupId") != null) {
          throw Refused.GROUPS_SET_BY_PROCESS.answer();
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
        mayWork(openTask(command, context), context, Refused.CANNOT_WORK);
        return next.execute(command);
      } catch (TaskAlreadyClaimedException held) {
        throw Refused.ALREADY_CLAIMED.answer();
      }
    }

    /**
     * @param person who is put on the task; null when someone is taken off it
     * @param assigning whether the change is who holds the task (the assignee)
     */
    private <T> T putOnTask(Command<T> command, CommandContext context, String caller, String person,
        boolean assigning) {
      TaskEntity task = openTask(command, context);
      if (TaskWorkRules.ownTask(caller, person, task.getAssignee(), assigning)) {
        mayWork(task, context, Refused.CANNOT_WORK);
      } else {
        TaskWorkRules.mustManage(variable(task, ConcernVariables.CASE_MANAGER_GROUP), context.getAuthenticatedGroupIds(),
            () -> context.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.PROCESS_INSTANCE,
                task.getProcessInstanceId()));
        if (person != null) {
          TaskWorkRules.mayBeGiven(person, task.getExecution().getVariable(ConcernVariables.SUBJECT_USER_ID),
              task.getCandidates(), () -> groupsOf(person, context));
        }
      }
      // the engine's own check wants a right to reassign, which nobody holds: the rules above are the check
      return context.runWithoutAuthorization(() -> next.execute(command));
    }

    private static Object variable(TaskEntity task, String name) {
      return task.getExecution() == null ? null : task.getExecution().getVariable(name);
    }

    private static List<String> groupsOf(String person, CommandContext context) {
      return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
          .createGroupQuery(context).groupMember(person).list().stream().map(Group::getId).toList());
    }

    private static void checkComment(Command<?> command, CommandContext context) {
      String message = (String) CommandFields.read(command, "message");
      if (command instanceof AddCommentCmd) {
        if (CommandFields.read(command, "taskId") == null) {
          throw Refused.COMMENT_NOT_YOURS.answer();
        }
        TaskEntity task = openTask(command, context);
        mayWork(task, context, Refused.COMMENT_NOT_YOURS);
        TaskWorkRules.commentOnItsCase(CommandFields.read(command, "processInstanceId"), task.getProcessInstanceId());
      }
      TaskWorkRules.commentLength(message);
    }

    private static TaskEntity openTask(Command<?> command, CommandContext context) {
      TaskEntity task = context.getTaskManager().findTaskById((String) CommandFields.read(command, "taskId"));
      if (task == null) {
        throw Refused.TASK_GONE.answer();
      }
      return task;
    }

    private static void mayWork(TaskEntity task, CommandContext context, Refused refusal) {
      try {
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      } catch (AuthorizationException refused) {
        throw refusal.answer();
      }
    }
  }
}
