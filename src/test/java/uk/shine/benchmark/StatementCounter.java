package uk.shine.benchmark;

import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts what one side sends to its database, exactly, through a datasource proxy: statements by
 * kind (a statement in a JDBC batch counts once per parameter set), batches, commits, and the
 * statements that read or write {@code ACT_RU_AUTHORIZATION}. Only the thread that asked for the
 * count is counted, so nothing else running in the JVM (a webapp poll, a cache) gets into it.
 */
final class StatementCounter implements QueryExecutionListener, MethodExecutionListener {

  /** What was counted between two moments. */
  record Counts(long selects, long inserts, long updates, long deletes, long batches, long commits,
      long authorizationSelects, long authorizationWrites) {

    Counts minus(Counts earlier) {
      return new Counts(selects - earlier.selects, inserts - earlier.inserts, updates - earlier.updates,
          deletes - earlier.deletes, batches - earlier.batches, commits - earlier.commits,
          authorizationSelects - earlier.authorizationSelects, authorizationWrites - earlier.authorizationWrites);
    }

    Counts plus(Counts other) {
      return new Counts(selects + other.selects, inserts + other.inserts, updates + other.updates,
          deletes + other.deletes, batches + other.batches, commits + other.commits,
          authorizationSelects + other.authorizationSelects, authorizationWrites + other.authorizationWrites);
    }

    long statements() {
      return selects + inserts + updates + deletes;
    }

    /** The figures, each divided by {@code per} (one decimal). */
    Map<String, Object> per(double per) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("statements", Stats.round(statements() / per, 1));
      figures.put("selects", Stats.round(selects / per, 1));
      figures.put("inserts", Stats.round(inserts / per, 1));
      figures.put("updates", Stats.round(updates / per, 1));
      figures.put("deletes", Stats.round(deletes / per, 1));
      figures.put("batches", Stats.round(batches / per, 1));
      figures.put("commits", Stats.round(commits / per, 1));
      figures.put("authorizationSelects", Stats.round(authorizationSelects / per, 1));
      figures.put("authorizationWrites", Stats.round(authorizationWrites / per, 1));
      return figures;
    }
  }

  private volatile Thread counted;
  private long selects;
  private long inserts;
  private long updates;
  private long deletes;
  private long batches;
  private long commits;
  private long authorizationSelects;
  private long authorizationWrites;
  /** bench.statements.top: how many of the most frequent statements each side logs (0: none are kept). */
  private final Map<String, Long> bySql = Integer.getInteger("bench.statements.top", 0) > 0 ? new HashMap<>() : null;

  /** The data source wrapped so that this counter sees everything sent through it. */
  DataSource wrap(DataSource dataSource) {
    return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).methodListener(this).build();
  }

  /** From now on, count what the calling thread sends. */
  void countThisThread() {
    counted = Thread.currentThread();
  }

  /** What {@code work} sends is not counted (the benchmark's own look-ups). */
  <T> T without(java.util.function.Supplier<T> work) {
    Thread was = counted;
    counted = null;
    try {
      return work.get();
    } finally {
      counted = was;
    }
  }

  /** The most frequent statements so far (their first 160 characters) with their counts, most frequent first. */
  synchronized List<Map.Entry<String, Long>> mostFrequent(int top) {
    return bySql == null ? List.of() : bySql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top).map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
  }

  synchronized Counts now() {
    return new Counts(selects, inserts, updates, deletes, batches, commits, authorizationSelects, authorizationWrites);
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
  }

  @Override
  public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    if (Thread.currentThread() != counted) {
      return;
    }
    if (execution.isBatch()) {
      batches++;
    }
    for (QueryInfo query : queries) {
      // a prepared statement's batch holds one query with a parameter set per row
      int times = execution.isBatch() && !query.getParametersList().isEmpty() ? query.getParametersList().size() : 1;
      String sql = query.getQuery().stripLeading().toUpperCase(Locale.ROOT);
      if (bySql != null) {
        String shape = sql.replaceAll("\\s+", " ");
        bySql.merge(shape.substring(0, Math.min(160, shape.length())), (long) times, Long::sum);
      }
      boolean authorization = sql.contains("ACT_RU_AUTHORIZATION");
      if (sql.startsWith("SELECT") || sql.startsWith("WITH")) {
        selects += times;
        authorizationSelects += authorization ? times : 0;
      } else {
        if (sql.startsWith("INSERT")) {
          inserts += times;
        } else if (sql.startsWith("UPDATE")) {
          updates += times;
        } else if (sql.startsWith("DELETE")) {
          deletes += times;
        }
        authorizationWrites += authorization ? times : 0;
      }
    }
  }

  @Override
  public void beforeMethod(MethodExecutionContext context) {
  }

  @Override
  public synchronized void afterMethod(MethodExecutionContext context) {
    if (Thread.currentThread() == counted && context.getTarget() instanceof Connection
        && "commit".equals(context.getMethod().getName())) {
      commits++;
    }
  }
}
