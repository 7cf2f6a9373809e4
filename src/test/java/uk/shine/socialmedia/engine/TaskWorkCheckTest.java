package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * Whether a person may work a task, answered from the task's grants by {@link TaskWorkCheck}, is the
 * engine's own answer for every demo person and every open task of cases of both schools, a subject
 * among them, and with grants planted on one task, on every task and on a model; a refusal is the
 * engine's own.
 */
@CaseEngineTest
class TaskWorkCheckTest {

  private static final List<String> PEOPLE = List.of("head", "dsl", "slt", "hr", "chair", "teacher", "teacher2",
      "governor", "dpo", "ceo", "elmhead", "elmdsl", "elmteacher", "admin");

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired Cases cases;

  private String imageryPath;

  @BeforeEach
  void casesOfEveryKind() {
    String staffCase = cases.reportAs("teacher", report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(staffCase);
    String reported = cases.reportAs("teacher", report("indecentImagery", true, "perpetratorType", "PUPIL")).getId();
    imageryPath = cases.path(reported, "indecent-imagery");
    cases.reportAs("elmteacher", report());
  }

  @Test
  void the_installed_check_is_this_one_and_answers_as_the_engine_for_everyone() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getCommandCheckers()).hasAtLeastOneElementOfType(TaskWorkCheck.class)
        .noneMatch(checker -> checker.getClass() == AuthorizationCommandChecker.class);
    int allowed = 0;
    for (String person : PEOPLE) {
      allowed += sameAnswers(person);
    }
    // the comparison means something only if some are let in and some kept out
    assertThat(allowed).isPositive().isLessThan(PEOPLE.size() * openTasks().size());
  }

  @Test
  void grants_on_one_task_on_every_task_or_on_a_model_let_work_only_with_a_permission_to_work() {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(imageryPath).list().get(0).getId();
    // teacher is in no group of the case: only what is planted lets them in
    for (Permission readOnly : List.<Permission>of(Permissions.READ, org.camunda.bpm.engine.authorization.TaskPermissions.READ_VARIABLE)) {
      withGrant("teacher", Resources.TASK, task, readOnly, () -> assertThat(answers("teacher").get(task)).isFalse());
    }
    withGrant("teacher", Resources.TASK, task, Permissions.UPDATE, () -> assertThat(answers("teacher").get(task)).isTrue());
    withGrant("teacher", Resources.TASK, task, Permissions.TASK_WORK, () -> assertThat(answers("teacher").get(task)).isTrue());
    withGrant("teacher", Resources.TASK, "*", Permissions.TASK_WORK, () -> assertThat(answers("teacher").get(task)).isTrue());
    withGrant("teacher", Resources.PROCESS_DEFINITION, "indecent-imagery", Permissions.UPDATE_TASK,
        () -> assertThat(answers("teacher").get(task)).isTrue());
    withGrant("teacher", Resources.PROCESS_DEFINITION, "*", Permissions.TASK_WORK,
        () -> assertThat(answers("teacher").get(task)).isTrue());
    withGrant("teacher", Resources.PROCESS_DEFINITION, "staff-disciplinary", Permissions.TASK_WORK,
        () -> assertThat(answers("teacher").get(task)).isFalse());
    withGrant("teacher", Resources.PROCESS_DEFINITION, "indecent-imagery", Permissions.READ_TASK,
        () -> assertThat(answers("teacher").get(task)).isFalse());
    // to a group the person is in
    Authorization toGroup = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    toGroup.setGroupId("staff");
    toGroup.setResource(Resources.TASK);
    toGroup.setResourceId(task);
    toGroup.addPermission(Permissions.TASK_WORK);
    toGroup = authorizations.saveAuthorization(toGroup);
    try {
      assertThat(identity.createGroupQuery().groupMember("teacher").groupId("staff").count()).isEqualTo(1);
      assertThat(answers("teacher").get(task)).isTrue();
    } finally {
      authorizations.deleteAuthorization(toGroup.getId());
    }
    assertThat(answers("teacher").get(task)).isFalse();
  }

  @Test
  void a_person_kept_out_gets_the_engines_own_refusal() {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(imageryPath).list().get(0);
    assertThatThrownBy(() -> cases.as("teacher", () -> {
      engine.getTaskService().complete(task.getId());
      return null;
    })).isInstanceOf(AuthorizationException.class).hasMessageContaining("TASK_WORK").hasMessageContaining(task.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  /** Checks every open task both ways as the person; returns how many they may work. */
  private int sameAnswers(String person) {
    Map<String, Boolean> ours = answers(person);
    Map<String, Boolean> engines = answersBy(person, new AuthorizationCommandChecker());
    assertThat(ours).as("who may work which task, for %s", person).isEqualTo(engines);
    Map<String, Boolean> answeredFromGrants = cases.as(person, () -> inCommand(context -> {
      Map<String, Boolean> granted = new LinkedHashMap<>();
      openTasks().forEach(task -> granted.put(task.getId(), TaskWorkCheck.grantedWork(task)));
      return granted;
    }));
    // every yes comes from the grants, not from the engine's statement behind them
    assertThat(answeredFromGrants).as("answered from the grants, for %s", person).isEqualTo(engines);
    return (int) engines.values().stream().filter(Boolean::booleanValue).count();
  }

  private Map<String, Boolean> answers(String person) {
    return answersBy(person, new TaskWorkCheck());
  }

  private Map<String, Boolean> answersBy(String person, AuthorizationCommandChecker checker) {
    return cases.as(person, () -> inCommand(context -> {
      Map<String, Boolean> mayWork = new LinkedHashMap<>();
      for (TaskEntity task : openTasks()) {
        try {
          checker.checkTaskWork(task);
          mayWork.put(task.getId(), true);
        } catch (AuthorizationException refused) {
          mayWork.put(task.getId(), false);
        }
      }
      return mayWork;
    }));
  }

  private List<TaskEntity> openTasks() {
    return inCommand(context -> {
      List<TaskEntity> tasks = new ArrayList<>();
      context.runWithoutAuthorization(() -> engine.getTaskService().createTaskQuery().orderByTaskId().asc().list())
          .forEach(task -> tasks.add(context.getTaskManager().findTaskById(task.getId())));
      return tasks;
    });
  }

  private <T> T inCommand(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  private void withGrant(String user, Resources resource, String resourceId, Permission permission, Runnable check) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    grant = authorizations.saveAuthorization(grant);
    try {
      check.run();
    } finally {
      authorizations.deleteAuthorization(grant.getId());
    }
  }
}
