package uk.shine.socialmedia.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A real PostgreSQL for the production profile's tests (started once per JVM, stopped with it), with
 * the engine's schema created the way docs/deployment.md tells a trust to: by Camunda's own SQL
 * scripts, which the camunda-engine jar carries.
 */
public final class ProductionDatabase {

  /** Camunda's create scripts for PostgreSQL, in the order of its distribution's combined script. */
  public static final List<String> CAMUNDA_SCRIPTS = List.of("engine", "case.engine", "decision.engine", "history",
      "case.history", "decision.history", "identity");

  private static EmbeddedPostgres postgres;

  private ProductionDatabase() {
  }

  /** Started, with Camunda's schema, on first use. */
  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(ProductionDatabase::stop));
        createCamundaSchema(postgres.getPostgresDatabase());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return postgres;
  }

  public static String url() {
    return postgres().getJdbcUrl("postgres", "postgres").replaceFirst("\\?.*$", "");
  }

  public static DataSource dataSource() {
    return postgres().getPostgresDatabase();
  }

  private static void createCamundaSchema(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      for (String part : CAMUNDA_SCRIPTS) {
        ScriptUtils.executeSqlScript(connection,
            new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Camunda's scripts did not run", e);
    }
  }

  private static void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the JVM is going away anyway
    }
  }
}
