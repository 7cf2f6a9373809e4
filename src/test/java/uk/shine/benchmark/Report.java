package uk.shine.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes target/benchmark.json, prints the results table, and puts the same table into
 * docs/performance.md between its results markers (the rest of that page is written by hand).
 */
final class Report {

  private static final Path DOC = Path.of("docs/performance.md");
  private static final String START = "<!-- benchmark results: start (written by mvn -Pbenchmark verify) -->";
  private static final String END = "<!-- benchmark results: end -->";

  private static final Map<String, String> NAMES = Map.of("h2", "H2", "postgres", "PostgreSQL");
  private static final Map<String, String> TASK_LIST_GOALS = Map.of("h2", "p50 ≤ 3x", "postgres", "p50 ≤ 2x, p95 < 50 ms");

  private Report() {
  }

  static void write(Map<String, Object> results) throws Exception {
    Path json = Path.of("target/benchmark.json");
    Files.createDirectories(json.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    String table = table(results);
    System.out.println(table);
    if (Files.exists(DOC)) {
      String doc = Files.readString(DOC);
      int start = doc.indexOf(START);
      int end = doc.indexOf(END);
      if (start >= 0 && end > start) {
        Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end));
      }
    }
    Benchmark.log("written %s and the table in %s", json.toAbsolutePath(), DOC);
  }

  @SuppressWarnings("unchecked")
  static String table(Map<String, Object> results) {
    List<String> rows = new ArrayList<>();
    rows.add("| measure | application | baseline | ratio | goal |");
    rows.add("| --- | ---: | ---: | ---: | --- |");
    if (results.get("lifecycle") instanceof Map<?, ?> lifecycle) {
      rows.add(row("case lifecycle in-process, cases/s (median of " + lifecycle.get("rounds") + " rounds)",
          lifecycle.get("applicationCasesPerSecond"), lifecycle.get("bareCasesPerSecond"), lifecycle.get("ratio"), "≥ 0.5"));
    }
    if (results.get("rest") instanceof Map<?, ?> rest) {
      rows.add(row("case lifecycle over REST, cases/s (" + rest.get("clients") + " clients, median of " + rest.get("rounds")
          + " rounds)", rest.get("applicationCasesPerSecond"), rest.get("bareCasesPerSecond"), rest.get("ratio"), "≥ 0.7"));
      ((Map<String, Map<String, Object>>) rest.get("latencyMillis")).forEach((call, figures) -> rows.add(row(
          "REST `" + call + "` p50 / p95, ms (" + figures.get("calls") + " calls)",
          figures.get("applicationP50") + " / " + figures.get("applicationP95"),
          figures.get("bareP50") + " / " + figures.get("bareP95"),
          ratio(figures.get("applicationP50"), figures.get("bareP50")) + " (p50)", "")));
    }
    if (results.get("startup") instanceof Map<?, ?> startup) {
      rows.add(row("start-up, JVM start to ready, ms (medians of " + startup.get("starts") + "; ratio: median of the pairs)",
          startup.get("applicationStartupMillis"), startup.get("bareStartupMillis"), startup.get("startupRatio"), "≤ 1.3"));
      rows.add(row("used heap after GC once started, MiB", startup.get("applicationHeapAfterGcMiB"),
          startup.get("bareHeapAfterGcMiB"), startup.get("heapRatio"), "≤ 1.3"));
    }
    if (results.get("taskList") instanceof Map<?, ?> taskLists) {
      ((Map<String, Map<String, Object>>) taskLists).forEach((database, taskList) -> {
        for (String who : List.of("dsl", "headteacher", "teacher2")) {
          Map<String, Object> figures = (Map<String, Object>) taskList.get(who);
          if (figures == null) {
            continue;
          }
          rows.add(row("task list of " + who + " on " + NAMES.get(database) + " (" + figures.get("tasksSeen")
              + " tasks), p50 / p95, ms", figures.get("p50Millis") + " / " + figures.get("p95Millis"),
              figures.get("authorizationsOffP50Millis") + " / " + figures.get("authorizationsOffP95Millis"),
              figures.get("ratioP50") + " (p50)", TASK_LIST_GOALS.get(database)));
        }
      });
    }
    if (results.get("statements") instanceof Map<?, ?> statements) {
      statementRows(rows, (Map<String, Object>) statements);
    }
    StringBuilder table = new StringBuilder(String.join("\n", rows)).append("\n");
    if (results.get("taskList") instanceof Map<?, ?> taskLists) {
      ((Map<String, Map<String, Object>>) taskLists).forEach((database, taskList) -> table.append("\nTask list on ")
          .append(NAMES.get(database)).append(" (authorizationCheckRevokes ").append(taskList.get("authorizationCheckRevokes"))
          .append(") measured with ").append(taskList.get("openCases")).append(" open cases and ")
          .append(taskList.get("completedCases")).append(" completed cases in history, loaded in ")
          .append(taskList.get("secondsToLoadHistory")).append(" s (history) + ").append(taskList.get("secondsToCopyOpenCases"))
          .append(" s (open cases) + ").append(taskList.get("secondsToAnalyze")).append(" s (statistics), ")
          .append(taskList.get("secondsInAll")).append(" s in all with the application's start and the queries; rows: ")
          .append(taskList.get("rows")).append(".\n"));
    }
    Map<?, ?> machine = (Map<?, ?>) results.get("machine");
    table.append("\nMeasured ").append(machine.get("measuredAt")).append(" on ").append(machine.get("cpus"))
        .append(" CPUs (").append(machine.get("cpuModel")).append("), ").append(machine.get("memoryGiB"))
        .append(" GiB, ").append(machine.get("java")).append(", load average ").append(machine.get("loadAverageAtStart"))
        .append(" at the start.\n");
    return table.toString();
  }

  /** Statement counts: application against bare engine, per case, per notification, per task-list load. */
  @SuppressWarnings("unchecked")
  private static void statementRows(List<String> rows, Map<String, Object> statements) {
    Map<String, Object> app = (Map<String, Object>) statements.get("application");
    Map<String, Object> bare = (Map<String, Object>) statements.get("bare");
    rows.add(counts("statements per case (one of each kind, mean)", (Map<String, Object>) app.get("perCase"),
        (Map<String, Object>) bare.get("perCase")));
    if (app.get("perNotification") instanceof Map<?, ?> notification) {
      rows.add(counts("statements per notification job (" + app.get("notificationJobsPerCase") + " per case)",
          (Map<String, Object>) notification, null));
    }
    ((Map<String, Object>) app.get("perTaskListLoad")).forEach((who, figures) -> rows.add(counts(
        "statements per task-list load (page and count) of " + who, (Map<String, Object>) figures,
        (Map<String, Object>) ((Map<String, Object>) bare.get("perTaskListLoad")).get(who))));
    Map<String, Object> authorizationRows = (Map<String, Object>) statements.get("authorizationRowsPerClosedCase");
    rows.add(row("authorization rows per closed case (REVOKE rows in all), over " + statements.get("closedCases")
        + " cases: " + authorizationRows, authorizationRows.get("all") + " (" + statements.get("revokeRowsInTotal") + ")",
        "0", "", "≤ 8, no REVOKE"));
  }

  private static String counts(String measure, Map<String, Object> app, Map<String, Object> bare) {
    return row(measure, describe(app), bare == null ? "" : describe(bare),
        bare == null ? "" : ratio(app.get("statements"), bare.get("statements")) + " (statements)", "");
  }

  private static String describe(Map<String, Object> c) {
    return c.get("statements") + ": " + c.get("selects") + " sel, " + c.get("inserts") + " ins, " + c.get("updates")
        + " upd, " + c.get("deletes") + " del; " + c.get("batches") + " batches, " + c.get("commits") + " commits; auth "
        + c.get("authorizationSelects") + " sel + " + c.get("authorizationWrites") + " writes";
  }

  private static String row(String measure, Object application, Object baseline, Object ratio, String goal) {
    return "| " + measure + " | " + application + " | " + baseline + " | " + ratio + " | " + goal + " |";
  }

  private static String ratio(Object a, Object b) {
    return String.valueOf(Stats.round(((Number) a).doubleValue() / ((Number) b).doubleValue(), 2));
  }
}
