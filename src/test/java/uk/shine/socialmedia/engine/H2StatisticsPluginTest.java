package uk.shine.socialmedia.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.shine.socialmedia.support.Cases.report;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.shine.socialmedia.support.CaseEngineTest;
import uk.shine.socialmedia.support.Cases;

/**
 * On H2 the engine's commonest read, an execution's variables, goes by the execution's index, not
 * through every variable whose task id is null: what {@link H2StatisticsPlugin} tells H2 at start.
 */
@CaseEngineTest
class H2StatisticsPluginTest {

  /** The shape of the engine's read of an execution's variables (VariableInstance.xml, selectVariablesByExecutionId). */
  private static final String READ = "EXPLAIN SELECT RES.* FROM ACT_RU_VARIABLE RES"
      + " LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_"
      + " WHERE EXECUTION_ID_ = ? AND TASK_ID_ IS NULL";

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;

  @Test
  void an_executions_variables_are_read_by_its_own_index() {
    cases.triage(cases.reportAs("teacher", report()).getId());
    String execution = jdbc.queryForObject("SELECT EXECUTION_ID_ FROM ACT_RU_VARIABLE WHERE EXECUTION_ID_ IS NOT NULL"
        + " FETCH FIRST ROW ONLY", String.class);
    // as the application started (or as H2 counted since, if it has)
    assertThat(selectivity()).isLessThanOrEqualTo(2);
    assertThat(plan(execution)).doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    // as H2 starts out, knowing nothing of how the values are spread: through every variable of no task
    jdbc.execute("ALTER TABLE ACT_RU_VARIABLE ALTER COLUMN TASK_ID_ SELECTIVITY 50");
    assertThat(plan(execution)).contains("ACT_IDX_VARIABLE_TASK_ID: TASK_ID_ IS NULL");

    new H2StatisticsPlugin().postProcessEngineBuild(engine);
    assertThat(plan(execution)).doesNotContain("ACT_IDX_VARIABLE_TASK_ID").contains("EXECUTION_ID_ = ?1 */");
    assertThat(selectivity()).isEqualTo(1);
  }

  private int selectivity() {
    return jdbc.queryForObject("SELECT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS"
        + " WHERE TABLE_NAME = 'ACT_RU_VARIABLE' AND COLUMN_NAME = 'TASK_ID_'", Integer.class);
  }

  private String plan(String execution) {
    return jdbc.queryForObject(READ, String.class, execution);
  }
}
