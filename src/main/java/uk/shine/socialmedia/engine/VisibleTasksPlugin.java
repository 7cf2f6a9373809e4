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
 * task query names are added there, for this engine only.
 */
class VisibleTasksPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPING = "uk/shine/socialmedia/engine/visible-tasks.xml";
  private static final String NAMESPACE = VisibleTasks.class.getName() + ".";

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
    mappings.put("selectTaskByQueryCriteria", NAMESPACE + "selectVisibleTasks");
    mappings.put("selectTaskCountByQueryCriteria", NAMESPACE + "countVisibleTasks");
    statements.setStatementMappings(mappings);
  }
}
