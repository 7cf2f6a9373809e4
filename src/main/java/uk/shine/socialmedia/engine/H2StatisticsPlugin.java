package uk.shine.socialmedia.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells H2's planner, at start, what it cannot know of the engine's tables before it has counted them.
 * Until then it takes each column to be half distinct, so "a variable's task id is null" looks as
 * narrow as "its execution is this one", and it read an execution's variables (the engine's commonest
 * read: by execution, task id null) through the task id index, that is through nearly every variable
 * of every open case and of every closed one awaiting its records review: each step of a case slowed
 * as cases accumulated. A variable's task id is nearly always empty; said so, H2 reads by execution.
 * Likewise a task's assignee: tasks are offered to groups and mostly never claimed, so "unassigned"
 * is no narrowing, and a list of one case's tasks goes by the case, not through every unassigned task
 * (see visible-tasks.xml). These are the values H2's own ANALYZE finds once the tables have rows.
 * PostgreSQL keeps statistics of its own.
 */
class H2StatisticsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(H2StatisticsPlugin.class);
  /** H2's selectivity: 1 is "nearly every row has the same value" (null here), 100 "every row differs". */
  static final String VARIABLE_TASK_ID = "ALTER TABLE %sACT_RU_VARIABLE ALTER COLUMN TASK_ID_ SELECTIVITY 1";
  static final String TASK_ASSIGNEE = "ALTER TABLE %sACT_RU_TASK ALTER COLUMN ASSIGNEE_ SELECTIVITY 1";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"h2".equals(engine.getDatabaseType())) {
      return;
    }
    try (Connection connection = engine.getDataSource().getConnection(); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String statistic : List.of(VARIABLE_TASK_ID, TASK_ASSIGNEE)) {
        sql.execute(statistic.formatted(CommandSql.prefix(engine)));
      }
    } catch (SQLException e) {
      LOG.warn("Could not tell H2 how the engine's variables and tasks are spread ({}): reads stay correct, only slower", e.getMessage());
    }
  }
}
