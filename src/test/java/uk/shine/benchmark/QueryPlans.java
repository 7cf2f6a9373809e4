package uk.shine.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The task list's statements as the engine sends them (authorization and tenant checks included,
 * with their parameters), caught through a datasource proxy while armed, and their plans as the
 * database runs them: EXPLAIN ANALYZE on H2, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. Written to
 * target/benchmark-logs/tasklist-plans-DATABASE.txt.
 */
final class QueryPlans implements QueryExecutionListener {

  private record Caught(String sql, List<Object> parameters) {
  }

  private final String database;
  private final List<Caught> caught = new ArrayList<>();
  private volatile Thread armed;

  QueryPlans(String database) throws java.io.IOException {
    this.database = database;
    Files.deleteIfExists(file());
  }

  private Path file() {
    return Path.of("target/benchmark-logs/tasklist-plans-" + database + ".txt");
  }

  DataSource wrap(DataSource dataSource) {
    return ProxyDataSourceBuilder.create(dataSource).name("plans").listener(this).build();
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
  }

  @Override
  public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    if (armed != Thread.currentThread()) {
      return;
    }
    for (QueryInfo query : queries) {
      if (query.getQuery().toUpperCase(Locale.ROOT).contains("ACT_RU_TASK")) {
        List<Object> parameters = new ArrayList<>();
        if (!query.getParametersList().isEmpty()) {
          List<ParameterSetOperation> set = new ArrayList<>(query.getParametersList().get(0));
          set.sort(java.util.Comparator.comparingInt(op -> (Integer) op.getArgs()[0]));
          set.forEach(op -> parameters.add(op.getArgs()[1]));
        }
        caught.add(new Caught(query.getQuery(), parameters));
      }
    }
  }

  /** Catches the task statements {@code work} sends on this thread, then writes each one's plan under {@code title}. */
  void explain(String title, DataSource dataSource, Runnable work) throws Exception {
    synchronized (this) {
      caught.clear();
    }
    armed = Thread.currentThread();
    try {
      work.run();
    } finally {
      armed = null;
    }
    StringBuilder out = new StringBuilder();
    List<Caught> statements;
    synchronized (this) {
      statements = List.copyOf(caught);
    }
    try (Connection connection = dataSource.getConnection()) {
      for (Caught statement : statements) {
        out.append("== ").append(title).append("\n").append(statement.sql().strip()).append("\n-- parameters: ")
            .append(statement.parameters()).append("\n");
        String explain = "postgres".equals(database) ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
        try (PreparedStatement sql = connection.prepareStatement(explain + statement.sql())) {
          for (int i = 0; i < statement.parameters().size(); i++) {
            sql.setObject(i + 1, statement.parameters().get(i));
          }
          try (ResultSet plan = sql.executeQuery()) {
            while (plan.next()) {
              out.append(plan.getString(1)).append("\n");
            }
          }
        } catch (SQLException e) {
          out.append("-- no plan: ").append(e.getMessage()).append("\n");
        }
        out.append("\n");
      }
    }
    Path file = file();
    Files.createDirectories(file.getParent());
    Files.writeString(file, out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }
}
