package uk.shine.socialmedia.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.security.CaseAccess;
import uk.shine.socialmedia.security.CaseAccessPolicy;
import uk.shine.socialmedia.security.NextGroupUp;

/**
 * Applies {@link CaseAccess} to every process and user task the engine deploys, so no model can
 * forget it: grants when an instance has started (after the start event's own listeners, which
 * decide who manages the case), the subject kept off a task when it is created, and the next group
 * up when only the subject could work it ({@link NextGroupUp}). The engine's own task grants never go
 * to the subject and leave out what the instance's readers already have ({@link CaseTaskGrants}), and
 * its checks take a person's groups as they are ({@link AuthenticatedGroups}).
 *
 * <p>Access is granted, never refused: no REVOKE authorization is saved (so the engine's check form that
 * honours them, {@code authorization-check-revokes: always}, finds none and costs no look-up per command),
 * and every change of who is in which group rewrites
 * the per-member grants it touches in the same command ({@link MemberGrants}), so a failure undoes the change.
 */
class CaseAccessPlugin extends AbstractProcessEnginePlugin {

  private final NextGroupUp nextGroupUp;
  private final CaseAccessPolicy policy;

  CaseAccessPlugin(NextGroupUp nextGroupUp, CaseAccessPolicy policy) {
    this.nextGroupUp = nextGroupUp;
    this.policy = policy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new CaseTaskGrants(CaseAccess::subject,
        execution -> CaseAccess.taskFollowers(execution, policy)));
    Wiring.insideTheTransaction(configuration, new MembershipWatch());
    java.util.List<org.camunda.bpm.engine.impl.interceptor.SessionFactory> sessions =
        configuration.getCustomSessionFactories() == null ? new java.util.ArrayList<>()
            : new java.util.ArrayList<>(configuration.getCustomSessionFactories());
    sessions.add(new AuthenticatedGroups());
    configuration.setCustomSessionFactories(sessions);
    Wiring.everyModel(configuration, new AbstractBpmnParseListener() {

      @Override
      public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        if (scope == activity.getProcessDefinition()) {
          activity.addListener(ExecutionListener.EVENTNAME_END,
              (ExecutionListener) execution -> CaseAccess.grantNewInstance(execution, policy));
        }
      }

      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) CaseAccess::shieldTask);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) nextGroupUp::offer);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, (TaskListener) CaseAccess::refuseSubjectAsAssignee);
      }
    });
  }

  /** Grants follow group membership; a refusal is not saved. */
  private static final class MembershipWatch extends CommandInterceptor {

    static final String NO_REFUSALS = "Access to cases is given by grants only: a refusal (REVOKE) cannot be saved."
        + " To keep someone out, take them out of the group or remove the grant";

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof SaveAuthorizationCmd) {
        var saved = (AuthorizationEntity) CommandFields.read(command, "authorization");
        if (saved != null && saved.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
          throw new RefusedInput("type", NO_REFUSALS);
        }
        return next.execute(command);
      }
      if (command instanceof CreateMembershipCmd) {
        T result = next.execute(command);
        MemberGrants.joined((String) CommandFields.read(command, "userId"), (String) CommandFields.read(command, "groupId"));
        return result;
      }
      T result = next.execute(command);
      if (command instanceof DeleteMembershipCmd) {
        MemberGrants.left((String) CommandFields.read(command, "userId"), (String) CommandFields.read(command, "groupId"));
      } else if (command instanceof DeleteUserCmd) {
        MemberGrants.userRemoved((String) CommandFields.read(command, "userId"));
      } else if (command instanceof DeleteGroupCmd) {
        MemberGrants.groupRemoved((String) CommandFields.read(command, "groupId"));
      }
      return result;
    }
  }
}
