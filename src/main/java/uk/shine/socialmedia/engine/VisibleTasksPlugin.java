package uk.shine.socialmedia.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Points the engine's task query, its page and its count, at the statements of {@link VisibleTasks}.
 * The engine looks every statement up by name through its per-database statement mappings; the two
 * task query names are added there, for this engine only, in the form its database runs best.
 */
class VisibleTasksPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPING = "uk/shine/socialmedia/engine/visible-tasks.xml";
  private static final String NAMESPACE = VisibleTasks.class.getName() + ".";

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
}
