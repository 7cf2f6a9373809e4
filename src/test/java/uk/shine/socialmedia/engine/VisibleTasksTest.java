package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * Everyone's task list, checked one task at a time by {@link VisibleTasks}, holds exactly the tasks the
 * engine's own check lets through: the same query, both statements, in one command, for every demo
 * person of both schools, with a case's subject in a group of its tasks, and with grants on every task
 * and on a whole process definition planted for a while.
 */
@CaseEngineTest
class VisibleTasksTest {

  private static final String ENGINES = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.";
  private static final String OURS = VisibleTasks.class.getName() + ".";
  private static final List<String> PEOPLE = List.of("head", "dsl", "slt", "hr", "chair", "teacher", "teacher2",
      "governor", "dpo", "ceo", "elmhead", "elmdsl", "elmslt", "elmteacher", "admin");

  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizations;
  @Autowired Cases cases;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private String staffPath;
  private String imageryPath;
  private String elmfieldCase;

  @BeforeEach
  void casesOfEveryKind() {
    String staffCase = cases.reportAs("teacher", report("perpetratorType", "STAFF", "subjectUserId", "teacher2")).getId();
    cases.triage(staffCase);
    staffPath = cases.path(staffCase, "staff-disciplinary");
    String reported = cases.reportAs("teacher", report("indecentImagery", true, "perpetratorType", "PUPIL")).getId();
    imageryPath = cases.path(reported, "indecent-imagery");
    elmfieldCase = cases.reportAs("elmteacher", report()).getId();
  }

  @Test
  void every_persons_list_and_count_are_the_engines_own() {
    for (String person : PEOPLE) {
      Lists lists = bothLists(person);
      assertThat(lists.ours()).as("the tasks %s sees", person).isEqualTo(lists.engines());
      assertThat(lists.ourCount()).as("the count %s sees", person).isEqualTo(lists.engines().size());
      // the administrator too: nobody is the engine's super administrator here
      assertThat(lists.checkedHere()).as("%s's list is checked by this statement", person).isTrue();
    }
  }

  @Test
  void every_persons_list_by_candidate_group_or_user_is_the_engines_own() {
    for (String person : PEOPLE) {
      List<UnaryOperator<TaskQuery>> narrowings = new java.util.ArrayList<>(List.of(query -> query.taskCandidateUser(person)));
      for (String group : List.of("headteacher", "dsl", "slt", "hr", "staff")) {
        narrowings.add(query -> query.taskCandidateGroup(group));
      }
      narrowings.add(query -> query.taskCandidateGroupIn(List.of("dsl", "slt")).includeAssignedTasks());
      for (UnaryOperator<TaskQuery> narrowing : narrowings) {
        Lists lists = bothLists(person, narrowing);
        assertThat(lists.ours()).as("the tasks %s sees", person).isEqualTo(lists.engines());
        assertThat(lists.ourCount()).as("the count %s sees", person).isEqualTo(lists.engines().size());
      }
    }
    // the lists are not all empty: a group's own members see its tasks
    assertThat(bothLists("dsl", query -> query.taskCandidateGroup("dsl")).ours()).containsAll(tasksOf(imageryPath));
  }

  @Test
  void the_subject_sees_no_task_of_their_case_though_their_group_works_it_and_another_school_sees_none() {
    assertThat(tasksOf(staffPath)).isNotEmpty();
    assertThat(cases.candidateGroups(tasksOf(staffPath).get(0))).contains("headteacher");
    // the subject joins the head teachers, who work their case: the others still see it, they never do
    identity.createMembership("teacher2", "headteacher");
    try {
      assertThat(bothLists("head").ours()).containsAll(tasksOf(staffPath));
      assertThat(bothLists("teacher2").ours()).doesNotContainAnyElementsOf(tasksOf(staffPath));
      assertThat(bothLists("teacher2")).satisfies(lists -> assertThat(lists.ours()).isEqualTo(lists.engines()));
    } finally {
      identity.deleteMembership("teacher2", "headteacher");
    }
    assertThat(bothLists("dsl").ours()).containsAll(tasksOf(imageryPath));
    assertThat(bothLists("elmdsl").ours()).doesNotContainAnyElementsOf(tasksOf(imageryPath));
    assertThat(bothLists("elmhead").ours()).containsAll(tasksOf(elmfieldCase));
    assertThat(bothLists("head").ours()).doesNotContainAnyElementsOf(tasksOf(elmfieldCase));
  }

  @Test
  void a_grant_on_every_task_or_on_a_process_definition_shows_the_same_tasks_as_the_engine() {
    Authorization everyTask = grant("teacher", Resources.TASK, "*", Permissions.READ);
    try {
      Lists lists = bothLists("teacher");
      assertThat(lists.ours()).isEqualTo(lists.engines()).containsAll(tasksOf(imageryPath))
          .doesNotContainAnyElementsOf(tasksOf(elmfieldCase));
    } finally {
      authorizations.deleteAuthorization(everyTask.getId());
    }
    Authorization definition = grant("teacher", Resources.PROCESS_DEFINITION, "indecent-imagery", Permissions.READ_TASK);
    try {
      Lists lists = bothLists("teacher");
      assertThat(lists.ours()).isEqualTo(lists.engines()).isNotEmpty()
          .doesNotContainAnyElementsOf(tasksOf(staffPath));
    } finally {
      authorizations.deleteAuthorization(definition.getId());
    }
    assertThat(bothLists("teacher").ours()).isEmpty();
  }

  @Test
  void a_grant_on_a_task_without_read_shows_nothing_to_the_person_or_their_group() {
    String task = tasksOf(imageryPath).get(0);
    // teacher is in staff: a grant to the person and one to their group, both to work the task but not to read it
    Authorization toThePerson = grant("teacher", Resources.TASK, task, Permissions.UPDATE);
    Authorization toTheGroup = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    toTheGroup.setGroupId("staff");
    toTheGroup.setResource(Resources.TASK);
    toTheGroup.setResourceId(task);
    toTheGroup.addPermission(Permissions.UPDATE);
    toTheGroup = authorizations.saveAuthorization(toTheGroup);
    try {
      assertThat(identity.createGroupQuery().groupMember("teacher").groupId("staff").count()).isEqualTo(1);
      Lists lists = bothLists("teacher");
      assertThat(lists.ours()).isEqualTo(lists.engines()).doesNotContain(task);
      assertThat(lists.ourCount()).isEqualTo(lists.engines().size());
    } finally {
      authorizations.deleteAuthorization(toThePerson.getId());
      authorizations.deleteAuthorization(toTheGroup.getId());
    }
    Authorization readable = grant("teacher", Resources.TASK, task, Permissions.READ);
    try {
      assertThat(bothLists("teacher").ours()).containsExactly(task);
    } finally {
      authorizations.deleteAuthorization(readable.getId());
    }
  }

  @Test
  void on_h2_a_tasks_grants_are_probed_in_an_index_that_holds_all_the_probe_reads() {
    // the probe of visible-tasks.xml for one task: H2 answers it from the index, without the grant rows
    String plan = jdbc.queryForObject("EXPLAIN SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.RESOURCE_ID_ = 'some-task'"
        + " AND A.RESOURCE_TYPE_ = 7 AND A.TYPE_ < 2 AND (A.USER_ID_ IN ('head', '*') OR A.GROUP_ID_ IN ('headteacher'))"
        + " AND BITAND(A.PERMS_, 2) = 2", String.class);
    assertThat(plan).contains("SMC_IDX_AUTH_TASK_PROBE");
  }

  @Test
  void a_list_narrowed_to_one_case_is_the_engines_own_and_h2_reads_it_by_the_case_not_by_every_open_task() {
    String reference = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(elmfieldCase)
        .singleResult().getBusinessKey();
    UnaryOperator<TaskQuery> oneCase = query -> query.taskCandidateGroup("headteacher").processInstanceBusinessKey(reference);
    Lists lists = bothLists("elmhead", oneCase);
    assertThat(lists.ours()).isEqualTo(lists.engines()).isNotEmpty().containsAll(tasksOf(elmfieldCase));
    assertThat(lists.ourCount()).isEqualTo(lists.engines().size());
    assertThat(bothLists("head", oneCase).ours()).isEmpty();

    // the first table H2 reads is the tasks: through their process instance, not every unassigned one
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String plan = cases.as("elmhead", () -> configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      TaskQueryImpl query = (TaskQueryImpl) oneCase.apply(engine.getTaskService().createTaskQuery().orderByTaskId().asc());
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      query.setMaxResults(15);
      MappedStatement statement = context.getDbSqlSession().getSqlSession().getConfiguration()
          .getMappedStatement(OURS + "selectVisibleTasks");
      BoundSql sql = statement.getBoundSql(query);
      MetaObject fields = statement.getConfiguration().newMetaObject(query);
      Object[] values = sql.getParameterMappings().stream().map(ParameterMapping::getProperty)
          .map(name -> sql.hasAdditionalParameter(name) ? sql.getAdditionalParameter(name) : fields.getValue(name)).toArray();
      return jdbc.queryForObject("EXPLAIN " + sql.getSql(), String.class, values);
    }));
    String tasksRead = plan.substring(plan.indexOf("\"ACT_RU_TASK\" \"RES\""));
    assertThat(tasksRead.lines().skip(1).findFirst().orElseThrow()).contains("PROC_INST_ID_ IN(SELECT");
  }

  private record Lists(List<String> ours, List<String> engines, long ourCount, boolean checkedHere) {
  }

  /** The same configured query through this application's statement and through the engine's own. */
  private Lists bothLists(String person) {
    return bothLists(person, UnaryOperator.identity());
  }

  private Lists bothLists(String person, UnaryOperator<TaskQuery> narrowed) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return cases.as(person, () -> configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      TaskQueryImpl query = (TaskQueryImpl) narrowed.apply(engine.getTaskService().createTaskQuery().orderByTaskId().asc());
      context.getAuthorizationManager().configureTaskQuery(query);
      context.getTenantManager().configureQuery(query);
      boolean checkedHere = VisibleTasks.isTheUsualTaskCheck(query.getAuthCheck());
      List<String> ours = ids(context.getDbSqlSession().selectList("selectTaskByQueryCriteria", query));
      long ourCount = (Long) context.getDbSqlSession().selectOne("selectTaskCountByQueryCriteria", query);
      List<String> engines = ids(context.getDbSqlSession().getSqlSession()
          .selectList(ENGINES + "selectTaskByQueryCriteria", query));
      // the other database's form of the check, run here on the same query, answers alike
      for (String form : List.of("selectVisibleTasks", "selectVisibleTasksBySets")) {
        assertThat(ids(context.getDbSqlSession().getSqlSession().selectList(OURS + form, query)))
            .as("%s's tasks by %s", person, form).isEqualTo(engines);
      }
      for (String form : List.of("countVisibleTasks", "countVisibleTasksBySets")) {
        assertThat((Long) context.getDbSqlSession().getSqlSession().selectOne(OURS + form, query))
            .as("%s's count by %s", person, form).isEqualTo(engines.size());
      }
      return new Lists(ours, engines, ourCount, checkedHere);
    }));
  }

  private static List<String> ids(List<?> tasks) {
    return tasks.stream().map(task -> ((TaskEntity) task).getId()).toList();
  }

  private List<String> tasksOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(task -> task.getId()).toList();
  }

  private Authorization grant(String user, Resources resource, String resourceId, Permissions permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(user);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    return authorizations.saveAuthorization(grant);
  }
}
