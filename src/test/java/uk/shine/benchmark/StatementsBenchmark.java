package uk.shine.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Exact counts of what each side sends to its database: per case (one of each kind, from the report
 * to its closure, every job run), per notification job, and per task-list load (the filter's page and
 * its count, as the person; on the bare engine the same query unchecked). Also what a closed case
 * leaves in {@code ACT_RU_AUTHORIZATION}. Counts, not times: they do not depend on the machine. The
 * driver's own look-ups (which tasks are open, which jobs are due, who works a task) are not counted:
 * Tasklist and the job executor make theirs differently, and on the application each would count a
 * commit that the bare engine's auto-commit connection does not.
 */
final class StatementsBenchmark {

  private static final String NOTIFICATION_JOB = "socialmedia-notification";
  /** Whose task lists are counted: the DSL, the head teacher, and a senior leader who is the subject of a case. */
  private static final Map<String, String> TASK_LISTS = Map.of("dsl", "dsl", "head", "headteacher", "teacher2", "slt");

  private StatementsBenchmark() {
  }

  static Map<String, Object> run(MailSink mail, List<Path> bareModels, String... appArgs) throws Exception {
    StatementCounter applicationCounter = new StatementCounter();
    StatementCounter bareCounter = new StatementCounter();
    Map<String, Object> result = new LinkedHashMap<>();
    try (ConfigurableApplicationContext app = Benchmark.inProcessApplication(
        "jdbc:h2:mem:bench-statements;DB_CLOSE_DELAY=-1", mail, applicationCounter, appArgs)) {
      ProcessEngine applicationEngine = app.getBean(ProcessEngine.class);
      DataSource dataSource = app.getBean(DataSource.class);
      ProcessEngine bareEngine = BareEngine.start("bench-statements-bare", "full", bareModels, bareCounter);
      try {
        Map<String, Long> rowsBefore = authorizationRows(dataSource);
        Map<String, Map<String, Long>> rowsAfter = new LinkedHashMap<>();
        result.put("application", side(applicationEngine, true, applicationCounter,
            () -> rowsAfter.put("closed", authorizationRows(dataSource))));
        result.put("bare", side(bareEngine, false, bareCounter, () -> { }));
        int cases = 2 * CaseKind.ALL.size();
        Map<String, Object> rows = new LinkedHashMap<>();
        rowsAfter.get("closed").forEach((kind, count) -> {
          if (count > rowsBefore.getOrDefault(kind, 0L)) {
            rows.put(kind, Stats.round((count - rowsBefore.getOrDefault(kind, 0L)) / (double) cases, 1));
          }
        });
        result.put("authorizationRowsPerClosedCase", rows);
        result.put("revokeRowsInTotal", rowsAfter.get("closed").getOrDefault("REVOKE", 0L));
        result.put("closedCases", cases);
      } finally {
        bareEngine.close();
      }
    }
    Benchmark.log("statements: %s", result);
    return result;
  }

  /** One of each kind of case uncounted (first use), then one of each counted; then each task list. */
  /** Something the benchmark reads from the database between two steps. */
  private interface Look {
    void at() throws Exception;
  }

  /** @param closed looks at the database once every case of this side has closed, before any is left open */
  private static Map<String, Object> side(ProcessEngine engine, boolean application, StatementCounter counter,
      Look closed) throws Exception {
    Map<String, StatementCounter.Counts> byJobType = new LinkedHashMap<>();
    Map<String, Integer> jobsOfType = new LinkedHashMap<>();
    boolean[] counting = {false};
    EngineDriver driver = new EngineDriver(engine, application).observingJobs(new EngineDriver.JobObserver() {
      @Override
      public void around(String type, Runnable job) {
        StatementCounter.Counts before = counter.now();
        job.run();
        if (counting[0]) {
          byJobType.merge(type, counter.now().minus(before), StatementCounter.Counts::plus);
          jobsOfType.merge(type, 1, Integer::sum);
        }
      }

      @Override
      public <T> T lookUp(java.util.function.Supplier<T> lookUp) {
        return counter.without(lookUp);
      }
    });
    CaseKind.ALL.forEach(driver::run);
    counter.countThisThread();
    counting[0] = true;
    Map<String, Object> side = new LinkedHashMap<>();
    Map<String, Object> perKind = new LinkedHashMap<>();
    StatementCounter.Counts all = counter.now();
    for (CaseKind kind : CaseKind.ALL) {
      StatementCounter.Counts before = counter.now();
      driver.run(kind);
      perKind.put(kind.name(), counter.now().minus(before).per(1));
    }
    side.put("perCase", counter.now().minus(all).per(CaseKind.ALL.size()));
    // bench.statements.top: where a side's statements go (counted from the uncounted first cases on)
    counter.mostFrequent(Integer.getInteger("bench.statements.top", 0)).forEach(statement -> Benchmark.log(
        "statements of %s: %d %s", application ? "application" : "bare", statement.getValue(), statement.getKey()));
    side.put("perCaseOfKind", perKind);
    int notifications = jobsOfType.getOrDefault(NOTIFICATION_JOB, 0);
    side.put("notificationJobsPerCase", Stats.round(notifications / (double) CaseKind.ALL.size(), 1));
    if (notifications > 0) {
      side.put("perNotification", byJobType.get(NOTIFICATION_JOB).per(notifications));
    }
    counting[0] = false;
    closed.at();
    // reported cases left open, so every task list has something to show
    CaseKind.ALL.forEach(driver::report);
    Map<String, Object> taskLists = new LinkedHashMap<>();
    TASK_LISTS.forEach((user, group) -> {
      List<String> groups = application ? counter.without(() -> engine.getIdentityService().createGroupQuery()
          .groupMember(user).list().stream().map(Group::getId).toList()) : null;
      // signed in with their schools too, as Tasklist does (the tenant check is part of the query); not counted
      List<String> schools = application ? counter.without(() -> EngineDriver.schoolsOf(engine.getIdentityService(), user)) : null;
      load(engine, application ? user : null, groups, schools, group);
      StatementCounter.Counts before = counter.now();
      load(engine, application ? user : null, groups, schools, group);
      taskLists.put(user + " (" + group + ")", counter.now().minus(before).per(1));
    });
    side.put("perTaskListLoad", taskLists);
    return side;
  }

  /** The Tasklist filter's page and count, as the person (null: nobody, as the bare engine runs). */
  private static void load(ProcessEngine engine, String user, List<String> groups, List<String> schools, String group) {
    var identity = engine.getIdentityService();
    if (user != null) {
      identity.setAuthentication(user, groups, schools);
    }
    try {
      engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
          .orderByTaskCreateTime().desc().listPage(0, 15);
      engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** ACT_RU_AUTHORIZATION's rows: in all, by type (GRANT, REVOKE) and by resource. */
  private static Map<String, Long> authorizationRows(DataSource dataSource) throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      rows.put("all", HistoryCloner.count(sql, "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION"));
      try (ResultSet types = sql.executeQuery("SELECT TYPE_, COUNT(*) FROM ACT_RU_AUTHORIZATION GROUP BY TYPE_")) {
        while (types.next()) {
          rows.put(switch (types.getInt(1)) {
            case 1 -> "GRANT";
            case 2 -> "REVOKE";
            default -> "GLOBAL";
          }, types.getLong(2));
        }
      }
      try (ResultSet resources = sql.executeQuery(
          "SELECT RESOURCE_TYPE_, COUNT(*) FROM ACT_RU_AUTHORIZATION GROUP BY RESOURCE_TYPE_")) {
        while (resources.next()) {
          rows.put(resourceName(resources.getInt(1)), resources.getLong(2));
        }
      }
    }
    return rows;
  }

  private static String resourceName(int type) {
    for (var resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      if (resource.resourceType() == type) {
        return resource.resourceName();
      }
    }
    return "resource " + type;
  }
}
