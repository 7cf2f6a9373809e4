package uk.shine.socialmedia.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the engine's task query, its page and its count, at the statements of {@link VisibleTasks}.
 * The engine looks every statement up by name through its per-database statement mappings; the two
 * task query names are added there, for this engine only, in the form its database runs best.
 *
 * <p>It also adds the indexes its form reads (once the engine's own schema step has run, so its tables
 * are there whoever made them), so that each check is answered from an index alone: see
 * {@code TASK_GRANT_INDEXES}.
 *
 * <p>And it answers whether a person may work a task from that task's grants ({@link TaskWorkCheck}).
 */
class VisibleTasksPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPING = "uk/shine/socialmedia/engine/visible-tasks.xml";
  private static final String NAMESPACE = VisibleTasks.class.getName() + ".";
  private static final Logger LOG = LoggerFactory.getLogger(VisibleTasksPlugin.class);

  /**
   * Per database, each index's name and what follows "ON ACT_RU_AUTHORIZATION"; 7 is the engine's
   * resource type of a task. PostgreSQL reads the person's granted task ids as sets: two partial
   * indexes of the grants on open tasks, with their type and permissions. H2 probes each task's
   * grants by its id: one index holding every column the probe reads, so H2 answers from the index
   * without reading each grant's row (it has no partial index; this one spans the whole table).
   */
  private static final Map<String, Map<String, String>> TASK_GRANT_INDEXES = Map.of(
      "postgres", Map.of(
          "SMC_IDX_AUTH_TASK_GROUP", "(GROUP_ID_, RESOURCE_ID_) INCLUDE (TYPE_, PERMS_) WHERE RESOURCE_TYPE_ = 7 AND GROUP_ID_ IS NOT NULL",
          "SMC_IDX_AUTH_TASK_USER", "(USER_ID_, RESOURCE_ID_) INCLUDE (TYPE_, PERMS_) WHERE RESOURCE_TYPE_ = 7 AND USER_ID_ IS NOT NULL"),
      "h2", Map.of(
          "SMC_IDX_AUTH_TASK_PROBE", "(RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, PERMS_, GROUP_ID_, USER_ID_)"));

  /** Whether an index of this name exists, per database. */
  private static final Map<String, String> INDEX_EXISTS = Map.of(
      "postgres", "SELECT to_regclass(lower(?)) IS NOT NULL",
      "h2", "SELECT COUNT(*) > 0 FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = upper(?)");

  /**
   * The form of the check each database runs best, measured by the task-list benchmark: H2 probes each
   * task's grants through the resource id index (reading sets there took twice as long); PostgreSQL
   * plans that probe as a scan of the whole authorization table, and reads the person's granted task
   * ids once instead.
   */
  static String formFor(String databaseType) {
    return "postgres".equals(databaseType) ? "BySets" : "";
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    engine.setCommandCheckers(new ArrayList<>(List.of(new TenantCommandChecker(), new TaskWorkCheck())));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    try (InputStream mapping = VisibleTasksPlugin.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DbSqlSessionFactory statements = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = statements.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(statements.getStatementMappings());
    String form = formFor(engine.getDatabaseType());
    mappings.put("selectTaskByQueryCriteria", NAMESPACE + "selectVisibleTasks" + form);
    mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + "countVisibleTasks" + form);
    statements.setStatementMappings(mappings);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    Map<String, String> indexes = TASK_GRANT_INDEXES.get(engine.getDatabaseType());
    if (indexes != null) {
      createTaskGrantIndexes(engine, indexes, INDEX_EXISTS.get(engine.getDatabaseType()));
    }
  }

  /**
   * Each index once, if it is not there yet. Without them the lists are the same, only slower, so a
   * database that refuses (a role that does not own the engine's tables) is logged, not fatal.
   */
  private static void createTaskGrantIndexes(ProcessEngineConfigurationImpl engine, Map<String, String> indexes,
      String existsQuery) {
    String prefix = CommandSql.prefix(engine);
    try (Connection connection = engine.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      for (Map.Entry<String, String> each : indexes.entrySet()) {
        String index = each.getKey();
        if (exists(connection, existsQuery, prefix + index)) {
          continue;
        }
        try (Statement sql = connection.createStatement()) {
          sql.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + prefix + "ACT_RU_AUTHORIZATION " + each.getValue());
          LOG.info("Created index {} on the task grants", index);
        } catch (SQLException e) {
          // two nodes starting together: the other one's index is as good
          if (!exists(connection, existsQuery, prefix + index)) {
            LOG.warn("Could not create index {} on the task grants ({}): task lists stay correct, only slower", index,
                e.getMessage());
          }
        }
      }
    } catch (SQLException e) {
      LOG.warn("Could not look for the task grant indexes ({}): task lists stay correct, only slower", e.getMessage());
    }
  }

  private static boolean exists(Connection connection, String existsQuery, String index) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement(existsQuery)) {
      sql.setString(1, index);
      try (ResultSet found = sql.executeQuery()) {
        return found.next() && found.getBoolean(1);
      }
    }
  }
}
