package uk.shine.socialmedia.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;

/**
 * Writes the per-case authorizations: the policy's groups may read the instance and its history;
 * the subject of the case is revoked on the instance, its history and every task, which wins over
 * any group grant they hold.
 */
public final class CaseAccess {

  private static final List<Resource> INSTANCE = List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE);
  private static final List<Resource> TASK = List.of(Resources.TASK, Resources.HISTORIC_TASK);
  /** What decides an instance's readers: who manages and leads the case, whether it is a staff case, the subject. */
  private static final List<String> WHOLE_CASE = List.of(ConcernVariables.LEADER_GROUP,
      ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.PERPETRATOR_TYPE, ConcernVariables.EMPLOYED_CENTRALLY,
      ConcernVariables.SUBJECT_USER_ID);

  private CaseAccess() {
  }

  /** Grants for a process instance that has just started (case or path), or whose classification changed. */
  public static void grantInstance(DelegateExecution execution, CaseAccessPolicy policy) {
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name : WHOLE_CASE) {
      values.put(name, execution.getVariable(name));
    }
    String instanceId = execution.getProcessInstanceId();
    String processKey = EngineModels.processKey(execution);
    withoutChecks(execution, authorizations -> grant(authorizations, policy, instanceId, processKey, values,
        subject(execution)));
  }

  private static void grant(AuthorizationService authorizations, CaseAccessPolicy policy, String instanceId,
      String processKey, Map<String, Object> values, String subject) {
    Set<String> readers = policy.readers(processKey,
        string(values.get(ConcernVariables.LEADER_GROUP)),
        string(values.get(ConcernVariables.CASE_MANAGER_GROUP)),
        string(values.get(ConcernVariables.PERPETRATOR_TYPE)));
    for (Resource resource : INSTANCE) {
      // update in place: the engine flushes inserts before deletes, so delete-and-recreate would clash
      Set<String> missing = new java.util.LinkedHashSet<>(readers);
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(instanceId)
          .authorizationType(AUTH_TYPE_GRANT).list().stream()
          .filter(existing -> existing.getGroupId() != null && !missing.remove(existing.getGroupId()))
          .forEach(stale -> authorizations.deleteAuthorization(stale.getId()));
      missing.forEach(group -> grantRead(authorizations, group, resource, instanceId));
      revokeSubject(authorizations, subject, resource, instanceId);
    }
  }

  /**
   * The case's classification changed after paths started (triage, or a screening that names the member
   * of staff): every instance of the case, running or ended, takes the case's subject and its manager and
   * leader again, and is granted afresh; the subject loses every instance, every task, open or done, and
   * any task given to them; open tasks of a leader group the subject now rules out (the head teacher's,
   * when the head teacher is the subject) go to the new leader group.
   *
   * @param changed an instance of the case whose variables hold the new values (the case or a path)
   */
  public static void applyToWholeCase(DelegateExecution changed, CaseAccessPolicy policy) {
    var services = changed.getProcessEngineServices();
    String caseId = EngineRecords.rootInstanceId(changed);
    String subject = subject(changed);
    // the case's own classification goes to every path; a path's finding (a screening) names the subject only,
    // since a path handed over about someone else has its own perpetrator and management
    List<String> carried = changed.getProcessInstanceId().equals(caseId) ? WHOLE_CASE
        : List.of(ConcernVariables.SUBJECT_USER_ID);
    Map<String, Object> fromChange = new java.util.HashMap<>();
    carried.forEach(name -> fromChange.put(name, changed.getVariable(name)));
    EngineCommands.withoutAuthorization(() -> {
      var runtime = services.getRuntimeService();
      var taskService = services.getTaskService();
      // revocations written in this command are not yet visible to queries: write each once
      java.util.Set<String> revoked = new java.util.HashSet<>();
      AuthorizationService authorizations = services.getAuthorizationService();
      for (HistoricProcessInstance instance : services.getHistoryService().createHistoricProcessInstanceQuery()
          .rootProcessInstanceId(caseId).list()) {
        String id = instance.getId();
        if (instance.getEndTime() == null) {
          Map<String, Object> before = runtime.getVariablesLocal(id, WHOLE_CASE);
          fromChange.forEach((name, value) -> {
            if (value != null && (before.containsKey(name) || name.equals(ConcernVariables.SUBJECT_USER_ID))) {
              runtime.setVariableLocal(id, name, value);
            }
          });
          Map<String, Object> now = runtime.getVariablesLocal(id, WHOLE_CASE);
          // otherwise the grants stay as they are (a group brought in on late work keeps reading it)
          if (id.equals(changed.getProcessInstanceId()) || readersChanged(before, now)) {
            grant(authorizations, policy, id, instance.getProcessDefinitionKey(), now, null);
          }
          String oldLeader = string(before.get(ConcernVariables.LEADER_GROUP));
          String newLeader = string(now.get(ConcernVariables.LEADER_GROUP));
          for (var task : taskService.createTaskQuery().processInstanceId(id).list()) {
            shield(taskService, authorizations, revoked, task, subject);
            if (oldLeader != null && newLeader != null && !oldLeader.equals(newLeader)) {
              moveGroup(taskService, task.getId(), oldLeader, newLeader);
            }
          }
        }
        INSTANCE.forEach(resource -> revokeOnce(authorizations, revoked, subject, resource, id));
        services.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(id).list()
            .forEach(done -> revokeOnce(authorizations, revoked, subject, Resources.HISTORIC_TASK, done.getId()));
      }
    });
  }

  private static boolean readersChanged(Map<String, Object> before, Map<String, Object> now) {
    return WHOLE_CASE.stream().filter(name -> !name.equals(ConcernVariables.SUBJECT_USER_ID))
        .anyMatch(name -> !java.util.Objects.equals(before.get(name), now.get(name)));
  }

  private static void revokeOnce(AuthorizationService authorizations, java.util.Set<String> revoked, String subject,
      Resource resource, String id) {
    if (subject != null && revoked.add(resource.resourceType() + "/" + id)) {
      // a grant of their own (the engine writes one when a task is offered to them by name) beats the revocation
      authorizations.createAuthorizationQuery().userIdIn(subject).resourceType(resource).resourceId(id)
          .authorizationType(AUTH_TYPE_GRANT).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      revokeSubject(authorizations, subject, resource, id);
    }
  }

  private static void shield(org.camunda.bpm.engine.TaskService taskService, AuthorizationService authorizations,
      java.util.Set<String> revoked, org.camunda.bpm.engine.task.Task task, String subject) {
    if (subject == null) {
      return;
    }
    for (Resource resource : TASK) {
      revokeOnce(authorizations, revoked, subject, resource, task.getId());
    }
    if (subject.equals(task.getAssignee())) {
      taskService.setAssignee(task.getId(), null);
    }
    if (subject.equals(task.getOwner())) {
      taskService.setOwner(task.getId(), null);
    }
    taskService.getIdentityLinksForTask(task.getId()).stream().filter(link -> subject.equals(link.getUserId())
        && IdentityLinkType.CANDIDATE.equals(link.getType()))
        .forEach(link -> taskService.deleteCandidateUser(task.getId(), subject));
  }

  private static void moveGroup(org.camunda.bpm.engine.TaskService taskService, String taskId, String from, String to) {
    boolean offered = taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> from.equals(link.getGroupId()) && IdentityLinkType.CANDIDATE.equals(link.getType()));
    if (offered) {
      taskService.addCandidateGroup(taskId, to);
      taskService.deleteCandidateGroup(taskId, from);
    }
  }

  /** One more group may read the instance, as the policy's readers do: a task of it has been brought to them. */
  public static void grantReader(DelegateExecution execution, String group) {
    String instanceId = execution.getProcessInstanceId();
    withoutChecks(execution, authorizations -> {
      for (Resource resource : INSTANCE) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(instanceId)
            .authorizationType(AUTH_TYPE_GRANT).count() == 0) {
          grantRead(authorizations, group, resource, instanceId);
        }
      }
    });
  }

  private static void grantRead(AuthorizationService authorizations, String group, Resource resource, String id) {
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(resource == Resources.HISTORIC_PROCESS_INSTANCE
        ? HistoricProcessInstancePermissions.READ : Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  /** Keeps the subject out of a new task, whatever group they are in. */
  public static void shieldTask(DelegateTask task) {
    String subject = subject(task.getExecution());
    if (subject == null) {
      return;
    }
    withoutChecks(task.getExecution(), authorizations -> {
      for (Resource resource : TASK) {
        revokeSubject(authorizations, subject, resource, task.getId());
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

  private static void revokeSubject(AuthorizationService authorizations, String subject, Resource resource, String id) {
    if (subject == null || authorizations.createAuthorizationQuery().userIdIn(subject).resourceType(resource)
        .resourceId(id).authorizationType(AUTH_TYPE_REVOKE).count() > 0) {
      return;
    }
    Authorization revoke = authorizations.createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setUserId(subject);
    revoke.setResource(resource);
    revoke.setResourceId(id);
    revoke.removePermission(Permissions.ALL);
    authorizations.saveAuthorization(revoke);
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
    return string(execution.getVariable(name));
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
