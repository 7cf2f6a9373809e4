package uk.shine.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist query of the DSL's, the head teacher's and a senior leader's filters (their group's
 * tasks, assigned ones included, newest first, a page of 15 and the count) with many open cases and a
 * long history, as that person with authorizations on, against the same query with authorizations off
 * on the same database: H2 (the default profile's) and PostgreSQL (production's).
 */
final class TaskListBenchmark {

  /**
   * H2 on disk: 100,000 completed cases do not fit in memory (about 2 GB of heap per 10,000). The
   * cache (in KiB) keeps the tables the queries read in memory all the same.
   */
  static final Path DATABASE = Path.of("target/benchmark-db");
  static final String DATABASE_URL = "jdbc:h2:file:./" + DATABASE + "/tasklist;DB_CLOSE_DELAY=-1;CACHE_SIZE=1048576";
  /** Open cases reported through the engine, one of each kind in turn; the rest are copies of them. */
  private static final int OPEN_CASES_REPORTED = 40;
  /**
   * Of those, the second half is carried through triage into its paths' first tasks: senior
   * leadership then has tasks in pupils' cases, and the subject of a staff case (teacher2, a senior
   * leader) must not see those of their own case. The first half waits at triage.
   */
  private static final int OPEN_CASES_WAITING_AT_TRIAGE = OPEN_CASES_REPORTED / 2;

  /** A fresh database for each run. */
  static void removeDatabase() throws java.io.IOException {
    if (java.nio.file.Files.exists(DATABASE)) {
      try (var files = java.nio.file.Files.walk(DATABASE)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(file);
        }
      }
    }
  }

  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final DataSource dataSource;
  private final QueryPlans plans;

  TaskListBenchmark(ProcessEngine engine, DataSource dataSource, QueryPlans plans) {
    this.engine = engine;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.dataSource = dataSource;
    this.plans = plans;
  }

  /**
   * @param copiedHistory the history tables copied for each completed case (HistoryCloner), empty for all
   */
  Map<String, Object> run(int openCases, int completedCases, int queries, Set<String> copiedHistory) throws Exception {
    EngineDriver driver = new EngineDriver(engine, true);
    // real ended cases to copy (the lifecycle phase may have left many already)
    for (int i = 0; i < 2 * CaseKind.ALL.size(); i++) {
      driver.run(CaseKind.nth(i));
    }
    // reporting every open case through the engine took over 8 minutes for 10,000 (each report checks
    // the reporter's start permission against a growing authorization table): a few are reported,
    // with their tasks, identity links and grants as the engine made them, and copied like history
    for (int i = 0; i < Math.min(openCases, OPEN_CASES_REPORTED); i++) {
      if (i < OPEN_CASES_WAITING_AT_TRIAGE) {
        driver.report(CaseKind.nth(i));
      } else {
        driver.reportPastTriage(CaseKind.nth(i));
      }
    }
    HistoryCloner cloner = new HistoryCloner(dataSource, copiedHistory);
    long started = System.nanoTime();
    long completed = cloner.fillTo(completedCases, EngineDriver.CASE);
    double historySeconds = (System.nanoTime() - started) / 1e9;
    Benchmark.log("task list: %d completed cases in history (%.0f s to copy)", completed, historySeconds);

    started = System.nanoTime();
    long open = cloner.fillOpenTo(openCases, EngineDriver.CASE);
    double openSeconds = (System.nanoTime() - started) / 1e9;
    long openInEngine = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EngineDriver.CASE).count();
    if (openInEngine != open) {
      throw new IllegalStateException("the engine sees " + openInEngine + " open cases, " + open + " were made");
    }
    Benchmark.log("task list: %d open cases (%d reported, the rest copied in %.0f s)", open, OPEN_CASES_REPORTED, openSeconds);
    // bench.sqlAfterLoad: statements run once the cases are in (an index or statistics to try, ';' between them)
    for (String statement : Benchmark.setting("bench.sqlAfterLoad", "").split(";")) {
      if (!statement.isBlank()) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
          sql.execute(statement);
        }
        Benchmark.log("task list: ran %s", statement.strip());
      }
    }
    started = System.nanoTime();
    analyze();
    double analyzeSeconds = (System.nanoTime() - started) / 1e9;
    Benchmark.log("task list: statistics gathered in %.0f s", analyzeSeconds);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openCases", open);
    // the engine's setting that chooses the form of the checked query (auto, always, never)
    result.put("authorizationCheckRevokes", configuration.getAuthorizationCheckRevokes());
    result.put("completedCases", completed);
    result.put("historyTablesCopied", copiedHistory.isEmpty() ? "all" : String.join(",", copiedHistory));
    result.put("openTasks", engine.getTaskService().createTaskQuery().count());
    result.put("rows", rows());
    result.put("secondsToLoadHistory", Stats.round(historySeconds, 1));
    result.put("secondsToCopyOpenCases", Stats.round(openSeconds, 1));
    result.put("secondsToAnalyze", Stats.round(analyzeSeconds, 1));
    result.put("openCasesReportedThroughTheEngine", OPEN_CASES_REPORTED);
    result.put("dsl", measure("dsl", "dsl", queries));
    result.put("headteacher", measure("head", "headteacher", queries));
    // a senior leader who is the subject of a quarter of the cases: sees senior leadership's tasks in the others
    result.put("teacher2", measure("teacher2", "slt", queries));
    return result;
  }

  private Map<String, Object> measure(String user, String group, int queries) throws Exception {
    signIn(user);
    List<Double> asUser = new ArrayList<>();
    List<Double> unchecked = new ArrayList<>();
    long visible = 0;
    // ten uncounted loads first; but a load that takes seconds (the checked query on PostgreSQL at full
    // size) would make the run last hours: then two, and the counted ones stop at the time budget (at least five)
    int warmups = 10;
    long budget = System.nanoTime() + Benchmark.intSetting("bench.tasklist.secondsPerPerson", 180) * 1_000_000_000L;
    for (int i = 0; i < queries + warmups; i++) {
      touchTables();
      double withChecks = timed(() -> asUser(user, group));
      touchTables();
      double without = timed(this::withoutAuthorization);
      if (i == 0 && withChecks > 1000) {
        warmups = 2;
      }
      if (i >= warmups) {
        asUser.add(withChecks);
        unchecked.add(without);
        if (asUser.size() >= 5 && System.nanoTime() > budget) {
          break;
        }
      }
    }
    visible = asUser(user, group);
    // the statements of one load on each side, and how the database runs them
    plans.explain(user + ", checked", dataSource, () -> asUser(user, group));
    plans.explain(user + ", unchecked", dataSource, this::withoutAuthorization);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("tasksSeen", visible);
    figures.put("loadsCounted", asUser.size());
    figures.put("p50Millis", Stats.round(Stats.percentile(asUser, 50), 2));
    figures.put("p95Millis", Stats.round(Stats.percentile(asUser, 95), 2));
    figures.put("authorizationsOffP50Millis", Stats.round(Stats.percentile(unchecked, 50), 2));
    figures.put("authorizationsOffP95Millis", Stats.round(Stats.percentile(unchecked, 95), 2));
    figures.put("ratioP50", Stats.round(Stats.percentile(asUser, 50) / Stats.percentile(unchecked, 50), 2));
    Benchmark.log("task list of %s: %s", user, figures);
    return figures;
  }

  private String currentGroup = "dsl";
  private List<String> groups = List.of();
  private List<String> schools = List.of();

  /**
   * The person's groups and schools, looked up once as Tasklist does at sign-in: the webapps keep them
   * in the person's session and look them up again only when their cache runs out
   * ({@code camunda.bpm.webapp.auth.cache.time-to-live}, 10 s here), not for every request.
   */
  private void signIn(String user) {
    groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    schools = EngineDriver.schoolsOf(engine.getIdentityService(), user);
  }

  /** The filter's query as the person signed in as Tasklist signs them in (groups and schools): page and count, both checked. */
  private long asUser(String user, String group) {
    currentGroup = group;
    engine.getIdentityService().setAuthentication(user, groups, schools);
    try {
      return page(group);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The same query with authorization checks switched off for the engine (the admin view). */
  private long withoutAuthorization() {
    configuration.setAuthorizationEnabled(false);
    try {
      return page(currentGroup);
    } finally {
      configuration.setAuthorizationEnabled(true);
    }
  }

  private long page(String group) {
    TaskQuery query = engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
    query.orderByTaskCreateTime().desc().listPage(0, 15);
    return engine.getTaskService().createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().count();
  }

  /**
   * Changes one row of the tables the query reads, as other people's work does on a live system
   * between two loads of a task list. Without it H2 hands back the previous result of an identical
   * query over unchanged tables (measured: the revoke-existence query took 150 ms, then 0 ms).
   */
  private void touchTables() {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      sql.executeUpdate("UPDATE ACT_RU_TASK SET REV_ = REV_ + 1 WHERE ID_ = (SELECT MIN(ID_) FROM ACT_RU_TASK)");
      sql.executeUpdate("UPDATE ACT_RU_AUTHORIZATION SET REV_ = REV_ + 1 WHERE ID_ = (SELECT MIN(ID_) FROM ACT_RU_AUTHORIZATION)");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double timed(java.util.function.LongSupplier work) {
    long start = System.nanoTime();
    work.getAsLong();
    return (System.nanoTime() - start) / 1e6;
  }

  /**
   * Table statistics after the bulk load, as a database's own maintenance would have them (PostgreSQL's
   * autovacuum analyzes a table after many inserts, but not within the minute the run waits). On
   * PostgreSQL a VACUUM too, as autovacuum would after the inserts: it marks the pages whose rows every
   * transaction sees, which an index-only scan needs in order to skip the table. Both sides read the
   * same database, so both get it. Twice, with the log written in between (measured: one pass marked
   * 86 % of the authorization table's pages, a second all but a few; most likely because this server
   * commits without waiting for its log, synchronous_commit off, so the first pass cannot yet note the
   * newest rows' commits on their pages).
   */
  private void analyze() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        sql.execute("VACUUM ANALYZE");
        sql.execute("CHECKPOINT");
        sql.execute("VACUUM");
      } else {
        sql.execute("ANALYZE");
      }
    }
  }

  private Map<String, Long> rows() throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      for (String table : List.of("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE", "ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST",
          "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
        rows.put(table, HistoryCloner.count(sql, "SELECT COUNT(*) FROM " + table));
      }
    }
    return rows;
  }
}
