package uk.shine.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one Spring Boot application in its own JVM (the application or the bare Camunda app) and
 * reports, once it is ready, its start-up time since the JVM started and its used heap after a full
 * garbage collection, on a line the benchmark reads from the log.
 */
public final class ServerMain {

  static final String READY = "BENCHMARK-READY";

  private ServerMain() {
  }

  public static void main(String[] args) throws Exception {
    Class<?> application = Class.forName(args[0]);
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    ConfigurableApplicationContext context = SpringApplication.run(application, rest);
    long startupMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(READY + " port=" + context.getEnvironment().getProperty("local.server.port")
        + " startupMillis=" + startupMillis + " heapAfterGc=" + heap);
    passTime(context.getBean(ProcessEngine.class));
    String statistics = System.getProperty("bench.h2stats");
    if (statistics != null) {
      writeStatementStatistics(context.getBean(DataSource.class),
          Path.of(statistics + "-" + context.getEnvironment().getProperty("local.server.port") + ".txt"));
    }
  }

  /**
   * A profiling aid on H2 (-Dbench.server.jvmArgs=-Dbench.h2stats=target/h2stats): H2 times every
   * statement, and a thread writes the 300 costliest, by total time, to the file every five seconds.
   */
  private static void writeStatementStatistics(DataSource database, Path file) throws SQLException {
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
      sql.execute("SET QUERY_STATISTICS TRUE");
    }
    Thread writer = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(5000);
          StringBuilder out = new StringBuilder();
          try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
              ResultSet rows = sql.executeQuery("SELECT CUMULATIVE_EXECUTION_TIME, EXECUTION_COUNT, AVERAGE_EXECUTION_TIME,"
                  + " CUMULATIVE_ROW_COUNT, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                  + " ORDER BY CUMULATIVE_EXECUTION_TIME DESC FETCH FIRST 300 ROWS ONLY")) {
            while (rows.next()) {
              out.append(String.format("%10.1f ms %7d x %8.3f avg %8d rows  %s%n", rows.getDouble(1), rows.getLong(2),
                  rows.getDouble(3), rows.getLong(4), rows.getString(5).replaceAll("\\s+", " ")));
            }
          }
          Files.writeString(file, out);
        } catch (InterruptedException | SQLException | IOException stop) {
          return;
        }
      }
    }, "benchmark-statement-statistics");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Paths that wait for weeks on a timer catch event (victim support's welfare check-in) would stop
   * a case over REST: a thread fires those timers at once, as if the time had passed, the same way
   * on both sides. Deadlines' boundary timers and notifications keep their dates, and so does a closed
   * case's records review, years away and no part of the case's life (as in-process, EngineDriver).
   */
  private static void passTime(ProcessEngine engine) {
    Thread clock = new Thread(() -> {
      ManagementService management = engine.getManagementService();
      while (true) {
        try {
          Thread.sleep(100);
          for (Job timer : management.createJobQuery().timers().list()) {
            if (EngineDriver.waitingTimer(timer) && timer.getRetries() > 0
                && !EngineDriver.RECORDS_REVIEW.equals(timer.getProcessDefinitionKey())) {
              management.executeJob(timer.getId());
            }
          }
        } catch (InterruptedException stop) {
          return;
        } catch (RuntimeException raced) {
          // the instance ended or moved on meanwhile: look again next time
        }
      }
    }, "benchmark-time-passes");
    clock.setDaemon(true);
    clock.start();
  }
}
