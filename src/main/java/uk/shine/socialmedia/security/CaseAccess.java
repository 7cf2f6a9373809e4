package uk.shine.socialmedia.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import uk.shine.socialmedia.engine.CaseGrants;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Writes the per-case authorizations: the policy's groups may read the instance and its history;
 * the subject of the case is revoked on the instance, its history and every task, which wins over
 * any group grant they hold. Every row carries the case's root instance, so the engine's history
 * cleanup removes it with the case ({@link CaseGrants}).
 */
public final class CaseAccess {

  private static final List<Resource> INSTANCE = List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE);
  private static final List<Resource> TASK = List.of(Resources.TASK, Resources.HISTORIC_TASK);

  private CaseAccess() {
  }

  /**
   * Grants for a process instance that has just started (case or path): nothing is on it yet, so
   * nothing is looked up first.
   */
  public static void grantNewInstance(DelegateExecution execution, CaseAccessPolicy policy) {
    grant(execution, policy, true);
  }

  /** Grants for a process instance whose classification changed: the policy's readers now, no others. */
  public static void grantInstance(DelegateExecution execution, CaseAccessPolicy policy) {
    grant(execution, policy, false);
  }

  private static void grant(DelegateExecution execution, CaseAccessPolicy policy, boolean started) {
    String instanceId = execution.getProcessInstanceId();
    Set<String> readers = readers(execution, policy);
    String subject = subject(execution);
    withoutChecks(execution, authorizations -> {
      for (Resource resource : INSTANCE) {
        Set<String> missing = new java.util.LinkedHashSet<>(readers);
        boolean subjectRevoked = false;
        // update in place: the engine flushes inserts before deletes, so delete-and-recreate would clash
        for (Authorization existing : started ? List.<Authorization>of()
            : authorizations.createAuthorizationQuery().resourceType(resource).resourceId(instanceId).list()) {
          if (existing.getAuthorizationType() == AUTH_TYPE_REVOKE) {
            subjectRevoked |= existing.getUserId() != null && existing.getUserId().equals(subject);
          } else if (existing.getGroupId() != null && !missing.remove(existing.getGroupId())) {
            authorizations.deleteAuthorization(existing.getId());
          }
        }
        missing.forEach(group -> grantRead(execution, group, resource, instanceId));
        if (subject != null && !subjectRevoked) {
          CaseGrants.revoke(execution, subject, resource, instanceId);
        }
      }
    });
  }

  private static Set<String> readers(DelegateExecution execution, CaseAccessPolicy policy) {
    return policy.readers(EngineModels.processKey(execution),
        string(execution, ConcernVariables.LEADER_GROUP),
        string(execution, ConcernVariables.CASE_MANAGER_GROUP),
        string(execution, ConcernVariables.PERPETRATOR_TYPE));
  }

  /** One more group may read the instance, as the policy's readers do: a task of it has been brought to them. */
  public static void grantReader(DelegateExecution execution, String group) {
    String instanceId = execution.getProcessInstanceId();
    withoutChecks(execution, authorizations -> {
      for (Resource resource : INSTANCE) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(instanceId)
            .authorizationType(AUTH_TYPE_GRANT).count() == 0) {
          grantRead(execution, group, resource, instanceId);
        }
      }
    });
  }

  private static void grantRead(DelegateExecution execution, String group, Resource resource, String id) {
    CaseGrants.grant(execution, null, group, resource, id, resource == Resources.HISTORIC_PROCESS_INSTANCE
        ? HistoricProcessInstancePermissions.READ : Permissions.READ);
  }

  /** Keeps the subject out of a new task, whatever group they are in (the task is new: nothing is on it yet). */
  public static void shieldTask(DelegateTask task) {
    String subject = subject(task.getExecution());
    if (subject == null) {
      return;
    }
    withoutChecks(task.getExecution(), authorizations -> {
      for (Resource resource : TASK) {
        CaseGrants.revoke(task.getExecution(), subject, resource, task.getId());
      }
    });
  }

  /** The subject can never be given a task of their own case. */
  public static void refuseSubjectAsAssignee(DelegateTask task) {
    String subject = subject(task.getExecution());
    if (subject != null && subject.equals(task.getAssignee())) {
      throw new RefusedInput("assignee", "This person is the subject of the case and cannot work on it");
    }
  }

  private static void withoutChecks(DelegateExecution execution,
      java.util.function.Consumer<AuthorizationService> work) {
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    EngineCommands.withoutAuthorization(() -> work.accept(authorizations));
  }

  static String subject(DelegateExecution execution) {
    String subject = string(execution, ConcernVariables.SUBJECT_USER_ID);
    return subject == null || subject.isBlank() ? null : subject;
  }

  private static String string(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
