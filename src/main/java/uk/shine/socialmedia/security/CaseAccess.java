package uk.shine.socialmedia.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.shine.socialmedia.engine.CaseGrants;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.EngineModels;
import uk.shine.socialmedia.engine.EngineRecords;
import uk.shine.socialmedia.engine.MemberGrants;
import uk.shine.socialmedia.forms.RefusedInput;
import uk.shine.socialmedia.intake.ConcernVariables;
import uk.shine.socialmedia.intake.PerpetratorType;

/**
 * Writes the per-case authorizations, grants only: the policy's groups may read the instance and its
 * history; a group that has the case's subject in it is granted member by member instead, never the
 * subject ({@link MemberGrants}, which also follows people joining and leaving groups), and the engine's
 * task grants do the same. Every row carries the case's root instance, so the engine's history
 * cleanup removes it with the case ({@link CaseGrants}).
 */
public final class CaseAccess {

  private static final List<Resource> INSTANCE = List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE);
  /** What decides an instance's readers: who manages and leads the case, whether it is a staff case, the subject. */
  private static final List<String> WHOLE_CASE = List.of(ConcernVariables.LEADER_GROUP,
      ConcernVariables.CASE_MANAGER_GROUP, ConcernVariables.PERPETRATOR_TYPE, ConcernVariables.EMPLOYED_CENTRALLY,
      ConcernVariables.SUBJECT_USER_ID);

  private CaseAccess() {
  }

  /**
   * Grants for a process instance that has just started (case or path): nothing is on it yet, so
   * nothing is looked up first.
   */
  public static void grantNewInstance(DelegateExecution execution, CaseAccessPolicy policy) {
    if (!policy.grantsInstances(EngineModels.processKey(execution))) {
      return; // read through its tasks and the application's pages only
    }
    String instanceId = execution.getProcessInstanceId();
    Set<String> readers = readers(policy, EngineModels.processKey(execution), execution::getVariable);
    String subject = subject(execution);
    EngineCommands.withoutAuthorization(() -> {
      Set<String> subjectGroups = subject == null ? Set.of() : MemberGrants.groupsOf(subject);
      for (Resource resource : INSTANCE) {
        readers.forEach(group -> grantRead(execution, subject, subjectGroups, group, resource, instanceId));
      }
    });
  }

  /**
   * One instance of the case granted afresh to the readers its values give now, no others; the subject is
   * seen to apart ({@link MemberGrants#keepOutOfCase}). Written with {@code ofCase}'s root instance: every instance it is
   * given is of that case.
   */
  private static void regrant(AuthorizationService authorizations, DelegateExecution ofCase, CaseAccessPolicy policy,
      String instanceId, String processKey, Map<String, Object> values, String subject, Set<String> subjectGroups) {
    Set<String> readers = readers(policy, processKey, values::get);
    for (Resource resource : INSTANCE) {
      // update in place: the engine flushes inserts before deletes, so delete-and-recreate would clash
      Set<String> missing = new java.util.LinkedHashSet<>(readers);
      authorizations.createAuthorizationQuery().resourceType(resource).resourceId(instanceId)
          .authorizationType(AUTH_TYPE_GRANT).list().stream()
          .filter(existing -> existing.getGroupId() != null && !missing.remove(existing.getGroupId()))
          .forEach(stale -> authorizations.deleteAuthorization(stale.getId()));
      // a group of the subject's reads member by member: withdrawn the same way when it no longer reads
      MemberGrants.perMemberGroups(resource, instanceId).stream().filter(group -> !readers.contains(group))
          .forEach(group -> MemberGrants.withdraw(group, resource, instanceId));
      missing.forEach(group -> grantRead(ofCase, subject, subjectGroups, group, resource, instanceId));
    }
  }

  private static Set<String> readers(CaseAccessPolicy policy, String processKey,
      java.util.function.Function<String, Object> values) {
    return policy.readers(processKey,
        string(values.apply(ConcernVariables.LEADER_GROUP)),
        string(values.apply(ConcernVariables.CASE_MANAGER_GROUP)),
        string(values.apply(ConcernVariables.PERPETRATOR_TYPE)));
  }

  /**
   * The case's classification changed after paths started (triage, or a screening that names the member
   * of staff): every instance of the case, running or ended, takes the case's subject and its manager and
   * leader again, and is granted afresh; the subject loses every instance, every task, open or done, and
   * any task given to them (a group of theirs reading any of it is granted member by member instead); open tasks of a leader group the subject now rules out (the head teacher's,
   * when the head teacher is the subject) go to the new leader group. Every row written carries the case's
   * root instance ({@link CaseGrants}), so it goes with the case.
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
      Set<String> subjectGroups = subject == null ? Set.of() : MemberGrants.groupsOf(subject);
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
            regrant(authorizations, changed, policy, id, instance.getProcessDefinitionKey(), now, subject, subjectGroups);
          }
          String oldLeader = string(before.get(ConcernVariables.LEADER_GROUP));
          String newLeader = string(now.get(ConcernVariables.LEADER_GROUP));
          // new tasks get their followers when created: open ones only when who follows them changed
          Set<String> followers = taskFollowers(policy, instance.getProcessDefinitionKey(), now::get);
          boolean followersChanged = !followers.equals(taskFollowers(policy, instance.getProcessDefinitionKey(),
              before::get));
          for (var task : taskService.createTaskQuery().processInstanceId(id).list()) {
            shield(taskService, task, subject);
            if (followersChanged) {
              followTask(authorizations, changed, taskService, task.getId(), followers, subject, subjectGroups);
            }
            if (oldLeader != null && newLeader != null && !oldLeader.equals(newLeader)) {
              moveGroup(taskService, task.getId(), oldLeader, newLeader);
            }
          }
        }
      }
      if (subject != null) {
        MemberGrants.keepOutOfCase(caseId, subject, subjectGroups);
      }
    });
  }

  private static boolean readersChanged(Map<String, Object> before, Map<String, Object> now) {
    return WHOLE_CASE.stream().filter(name -> !name.equals(ConcernVariables.SUBJECT_USER_ID))
        .anyMatch(name -> !java.util.Objects.equals(before.get(name), now.get(name)));
  }

  /** The subject taken off an open task: as its assignee, owner or a candidate by name. */
  private static void shield(org.camunda.bpm.engine.TaskService taskService, org.camunda.bpm.engine.task.Task task,
      String subject) {
    if (subject == null) {
      return;
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

  /**
   * One more group may read the instance, as the policy's readers do: a task of it has been brought to them.
   * Nothing for an instance its readers read through its tasks only: the task brought to them grants it.
   */
  static void grantReader(DelegateExecution execution, String group, CaseAccessPolicy policy) {
    if (!policy.grantsInstances(EngineModels.processKey(execution))) {
      return;
    }
    String instanceId = execution.getProcessInstanceId();
    String subject = subject(execution);
    withoutChecks(execution, authorizations -> {
      Set<String> subjectGroups = subject == null ? Set.of() : MemberGrants.groupsOf(subject);
      for (Resource resource : INSTANCE) {
        if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(instanceId)
            .authorizationType(AUTH_TYPE_GRANT).count() == 0) {
          grantRead(execution, subject, subjectGroups, group, resource, instanceId);
        }
      }
    });
  }

  /**
   * The groups that follow an instance's open tasks (read them, nothing more) without working them: HR on
   * the instances of a staff case that it reads, so that its Cockpit view of the case shows what is open.
   * Nobody else: the other readers work cases through their own task lists (and a grant on every task of
   * every case would cost a write per task).
   */
  public static Set<String> taskFollowers(DelegateExecution execution, CaseAccessPolicy policy) {
    return taskFollowers(policy, EngineModels.processKey(execution), execution::getVariable);
  }

  private static Set<String> taskFollowers(CaseAccessPolicy policy, String processKey,
      java.util.function.Function<String, Object> values) {
    boolean staffCase = PerpetratorType.STAFF.name().equals(string(values.apply(ConcernVariables.PERPETRATOR_TYPE)));
    return staffCase && readers(policy, processKey, values).contains(CaseGroups.HR) ? Set.of(CaseGroups.HR) : Set.of();
  }

  /**
   * An open task's followers as its instance's values give them now ({@link #taskFollowers}): a group that
   * follows it and holds nothing on it is granted READ, a group that no longer follows it loses its grant,
   * unless the task is offered to it (then its grant is a candidate's).
   */
  private static void followTask(AuthorizationService authorizations, DelegateExecution ofCase,
      org.camunda.bpm.engine.TaskService taskService, String taskId, Set<String> followers, String subject,
      Set<String> subjectGroups) {
    Set<String> candidates = taskService.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).collect(java.util.stream.Collectors.toSet());
    if (candidates.contains(CaseGroups.HR)) {
      return;
    }
    var held = authorizations.createAuthorizationQuery().groupIdIn(CaseGroups.HR).resourceType(Resources.TASK)
        .resourceId(taskId).authorizationType(AUTH_TYPE_GRANT).list();
    boolean perMember = MemberGrants.perMemberGroups(Resources.TASK, taskId).contains(CaseGroups.HR);
    if (followers.contains(CaseGroups.HR)) {
      if (held.isEmpty() && !perMember) {
        grantRead(ofCase, subject, subjectGroups, CaseGroups.HR, Resources.TASK, taskId);
      }
    } else {
      held.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      if (perMember) {
        MemberGrants.withdraw(CaseGroups.HR, Resources.TASK, taskId);
      }
    }
  }

  /** The group's grant to read, or its other members' when the subject is in it. */
  private static void grantRead(DelegateExecution execution, String subject, Set<String> subjectGroups, String group,
      Resource resource, String id) {
    var permission = resource == Resources.HISTORIC_PROCESS_INSTANCE ? HistoricProcessInstancePermissions.READ
        : Permissions.READ;
    if (subject == null || !subjectGroups.contains(group)) {
      CaseGrants.grant(execution, null, group, resource, id, permission);
    } else {
      MemberGrants.grant(EngineRecords.rootInstanceId(execution), subject, subjectGroups, group, resource, id,
          permission);
    }
  }

  /**
   * Keeps the subject off a new task: never a candidate by name (the engine grants the task to nobody who
   * is its case's subject, and to a group of theirs member by member, so nothing else is needed here).
   */
  public static void shieldTask(DelegateTask task) {
    String subject = subject(task.getExecution());
    if (subject != null && task.getCandidates().stream().anyMatch(link -> subject.equals(link.getUserId()))) {
      task.deleteCandidateUser(subject);
    }
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

  /** The case's subject (a user id), or null when it has none. */
  public static String subject(DelegateExecution execution) {
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
