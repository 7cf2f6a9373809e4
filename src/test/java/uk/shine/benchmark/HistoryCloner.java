package uk.shine.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Bulk history: copies every history row of the cases that have really run to their end (and their
 * per-case authorizations), n times over in one INSERT ... SELECT per table on H2's SYSTEM_RANGE,
 * each copy with its ids and business key suffixed (cut to 56 characters first: ids must fit 64). Completed cases so cost seconds instead of
 * hours, and they look to the database exactly like the real ones (same paths, tasks, variables).
 */
final class HistoryCloner {

  /** Columns holding ids of instances, tasks or history rows: suffixed in each copy. Definition ids stay. */
  private static final Set<String> INSTANCE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
      "TASK_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "SUPER_EXECUTION_ID_",
      "CALL_PROC_INST_ID_", "VAR_INST_ID_", "PARENT_TASK_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "JOB_ID_",
      "BUSINESS_KEY_", "RESOURCE_ID_", "OPERATION_ID_", "ANNOTATION_", "PROC_INST_ID");

  private final DataSource dataSource;

  HistoryCloner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Adds copies of the ended cases until about {@code target} ended cases exist; returns how many exist. */
  long fillTo(long target, String caseKey) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      String templates = "SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = '" + caseKey
          + "' AND END_TIME_ IS NOT NULL AND SUPER_PROCESS_INSTANCE_ID_ IS NULL";
      long existing = count(sql, "SELECT COUNT(*) FROM (" + templates + ")");
      if (existing == 0 || existing >= target) {
        return existing;
      }
      long copies = (target - existing + existing - 1) / existing;
      // about a thousand cases per statement: each statement is one transaction, held in memory until it commits
      long chunk = Math.max(1, 1000 / existing);
      sql.execute("CREATE TEMPORARY TABLE BENCH_TEMPLATE AS " + templates);
      try {
        List<String> tables = historyTables(connection.getMetaData());
        for (long from = 1; from <= copies; from += chunk) {
          long to = Math.min(copies, from + chunk - 1);
          for (String table : tables) {
            clone(connection, sql, table, "ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_TEMPLATE)", from, to);
          }
          // the per-case read grants and the subject's revocations on history, as CaseAccess wrote them
          clone(connection, sql, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_ IN (SELECT ID_ FROM ACT_HI_PROCINST WHERE "
              + "ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_TEMPLATE) UNION SELECT ID_ FROM ACT_HI_TASKINST WHERE "
              + "ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_TEMPLATE))", from, to);
        }
      } finally {
        sql.execute("DROP TABLE BENCH_TEMPLATE");
      }
      return count(sql, "SELECT COUNT(*) FROM (" + templates + ")");
    }
  }

  private static void clone(Connection connection, Statement sql, String table, String templateRows, long from, long to)
      throws SQLException {
    List<String> columns = columns(connection.getMetaData(), table);
    List<String> values = columns.stream().map(column -> INSTANCE_IDS.contains(column)
        ? "LEFT(" + column + ", 56) || '~' || R.X" : column).toList();
    sql.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
        + " FROM " + table + " T, SYSTEM_RANGE(" + from + ", " + to + ") R WHERE " + templateRows);
  }

  private static List<String> historyTables(DatabaseMetaData meta) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet found = meta.getColumns(null, null, "ACT_HI_%", "ROOT_PROC_INST_ID_")) {
      while (found.next()) {
        tables.add(found.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  private static List<String> columns(DatabaseMetaData meta, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet found = meta.getColumns(null, null, table, null)) {
      while (found.next()) {
        columns.add(found.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }

  static long count(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }
}
