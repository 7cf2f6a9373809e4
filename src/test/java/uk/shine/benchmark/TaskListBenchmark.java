package uk.shine.benchmark;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist query of the DSL's and the head teacher's filters (their group's tasks, assigned ones
 * included, newest first, a page of 15 and the count) with many open cases and a long history, as
 * that person with authorizations on, against the same query with authorizations off.
 */
final class TaskListBenchmark {

  static final String DATABASE_URL = "jdbc:h2:mem:bench-tasklist;DB_CLOSE_DELAY=-1";

  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final DataSource dataSource;

  TaskListBenchmark(ProcessEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.dataSource = dataSource;
  }

  Map<String, Object> run(int openCases, int completedCases, int queries) throws Exception {
    EngineDriver driver = new EngineDriver(engine, true);
    // real ended cases to copy (the lifecycle phase may have left many already)
    for (int i = 0; i < 2 * CaseKind.ALL.size(); i++) {
      driver.run(CaseKind.nth(i));
    }
    long started = System.nanoTime();
    long completed = new HistoryCloner(dataSource).fillTo(completedCases, EngineDriver.CASE);
    double historySeconds = (System.nanoTime() - started) / 1e9;
    Benchmark.log("task list: %d completed cases in history (%.0f s to copy)", completed, historySeconds);

    started = System.nanoTime();
    long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EngineDriver.CASE).count();
    for (long i = open; i < openCases; i++) {
      driver.report(CaseKind.nth((int) i));
    }
    open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EngineDriver.CASE).count();
    double openSeconds = (System.nanoTime() - started) / 1e9;
    Benchmark.log("task list: %d open cases (%.0f s to report through the engine)", open, openSeconds);

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openCases", open);
    result.put("completedCases", completed);
    result.put("openTasks", engine.getTaskService().createTaskQuery().count());
    result.put("rows", rows());
    result.put("secondsToLoadHistory", Stats.round(historySeconds, 1));
    result.put("secondsToLoadOpenCases", Stats.round(openSeconds, 1));
    result.put("dsl", measure("dsl", "dsl", queries));
    result.put("headteacher", measure("head", "headteacher", queries));
    return result;
  }

  private Map<String, Object> measure(String user, String group, int queries) {
    List<Double> asUser = new ArrayList<>();
    List<Double> unchecked = new ArrayList<>();
    long visible = 0;
    for (int i = 0; i < queries + 10; i++) {
      double withChecks = timed(() -> asUser(user, group));
      double without = timed(this::withoutAuthorization);
      if (i >= 10) {
        asUser.add(withChecks);
        unchecked.add(without);
      }
    }
    visible = asUser(user, group);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("tasksSeen", visible);
    figures.put("p50Millis", Stats.round(Stats.percentile(asUser, 50), 2));
    figures.put("p95Millis", Stats.round(Stats.percentile(asUser, 95), 2));
    figures.put("authorizationsOffP50Millis", Stats.round(Stats.percentile(unchecked, 50), 2));
    figures.put("authorizationsOffP95Millis", Stats.round(Stats.percentile(unchecked, 95), 2));
    figures.put("ratioP50", Stats.round(Stats.percentile(asUser, 50) / Stats.percentile(unchecked, 50), 2));
    Benchmark.log("task list of %s: %s", user, figures);
    return figures;
  }

  private String currentGroup = "dsl";

  /** The filter's query as the person: list page and count, both checked. */
  private long asUser(String user, String group) {
    currentGroup = group;
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
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

  private static double timed(java.util.function.LongSupplier work) {
    long start = System.nanoTime();
    work.getAsLong();
    return (System.nanoTime() - start) / 1e6;
  }

  private Map<String, Long> rows() throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      for (String table : List.of("ACT_RU_TASK", "ACT_RU_EXECUTION", "ACT_RU_AUTHORIZATION", "ACT_HI_PROCINST",
          "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
        rows.put(table, HistoryCloner.count(sql, "SELECT COUNT(*) FROM " + table));
      }
    }
    return rows;
  }
}
