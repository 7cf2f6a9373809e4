package uk.shine.socialmedia.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the engine's task query, its page and its count, at the statements of {@link VisibleTasks}.
 * The engine looks every statement up by name through its per-database statement mappings; the two
 * task query names are added there, for this engine only, in the form its database runs best.
 *
 * <p>On PostgreSQL it also adds the two indexes that form reads (once the engine's own schema step has
 * run, so its tables are there whoever made them): the runtime task grants of a group and of a person,
 * with their type and permissions, so the granted task ids are read from the index alone. Only task
 * grants are in them (a few per open task; none of the history grants that make up most of the table).
 */
class VisibleTasksPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPING = "uk/shine/socialmedia/engine/visible-tasks.xml";
  private static final String NAMESPACE = VisibleTasks.class.getName() + ".";
  private static final Logger LOG = LoggerFactory.getLogger(VisibleTasksPlugin.class);

  /** Index name and what follows "ON ACT_RU_AUTHORIZATION"; 7 is the engine's resource type of a task. */
  private static final Map<String, String> TASK_GRANT_INDEXES = Map.of(
      "SMC_IDX_AUTH_TASK_GROUP", "(GROUP_ID_, RESOURCE_ID_) INCLUDE (TYPE_, PERMS_) WHERE RESOURCE_TYPE_ = 7 AND GROUP_ID_ IS NOT NULL",
      "SMC_IDX_AUTH_TASK_USER", "(USER_ID_, RESOURCE_ID_) INCLUDE (TYPE_, PERMS_) WHERE RESOURCE_TYPE_ = 7 AND USER_ID_ IS NOT NULL");

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
    if ("postgres".equals(engine.getDatabaseType())) {
      createTaskGrantIndexes(engine);
    }
  }

  /**
   * Each index once, if it is not there yet. Without them the lists are the same, only slower, so a
   * database that refuses (a role that does not own the engine's tables) is logged, not fatal.
   */
  private static void createTaskGrantIndexes(ProcessEngineConfigurationImpl engine) {
    String prefix = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    try (Connection connection = engine.getDataSource().getConnection()) {
      connection.setAutoCommit(true);
      for (Map.Entry<String, String> each : TASK_GRANT_INDEXES.entrySet()) {
        String index = each.getKey();
        if (exists(connection, prefix + index)) {
          continue;
        }
        try (Statement sql = connection.createStatement()) {
          sql.execute("CREATE INDEX IF NOT EXISTS " + index + " ON " + prefix + "ACT_RU_AUTHORIZATION " + each.getValue());
          LOG.info("Created index {} on the task grants", index);
        } catch (SQLException e) {
          // two nodes starting together: the other one's index is as good
          if (!exists(connection, prefix + index)) {
            LOG.warn("Could not create index {} on the task grants ({}): task lists stay correct, only slower", index,
                e.getMessage());
          }
        }
      }
    } catch (SQLException e) {
      LOG.warn("Could not look for the task grant indexes ({}): task lists stay correct, only slower", e.getMessage());
    }
  }

  private static boolean exists(Connection connection, String index) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      sql.setString(1, index.toLowerCase(java.util.Locale.ROOT));
      try (ResultSet found = sql.executeQuery()) {
        return found.next() && found.getBoolean(1);
      }
    }
  }
}
