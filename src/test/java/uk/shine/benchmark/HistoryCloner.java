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
 * Bulk cases: copies every row of cases that have really run (their history, their runtime state if
 * they are still open, and their per-case authorizations), n times over in one INSERT ... SELECT per
 * table over a range of copy numbers (H2's SYSTEM_RANGE, PostgreSQL's generate_series), each copy with
 * its ids and business key suffixed (cut to 56 characters first: ids must fit 64). Cases so cost seconds instead of hours, and they look to the database
 * exactly like the real ones (same paths, tasks, variables, identity links, grants and revocations).
 * The jobs of open cases (deadline timers, notifications) are not copied: the task list reads none.
 */
final class HistoryCloner {

  /** Columns holding ids of instances, tasks or rows: suffixed in each copy. Definition ids stay. */
  private static final Set<String> INSTANCE_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
      "TASK_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "SUPER_EXECUTION_ID_",
      "CALL_PROC_INST_ID_", "VAR_INST_ID_", "PARENT_TASK_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "JOB_ID_",
      "BUSINESS_KEY_", "RESOURCE_ID_", "OPERATION_ID_", "ANNOTATION_", "PROC_INST_ID", "PARENT_ID_", "SUPER_EXEC_",
      "VAR_SCOPE_");
  /** Runtime tables of a running case, and which of its rows belong to the copied cases. */
  private static final List<String[]> RUNTIME = List.of(
      new String[] {"ACT_RU_EXECUTION", "ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_TEMPLATE)"},
      new String[] {"ACT_RU_TASK", "PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_INSTANCE)"},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_INSTANCE)"},
      new String[] {"ACT_RU_IDENTITYLINK", "TASK_ID_ IN (SELECT ID_ FROM BENCH_TASK)"},
      new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_INSTANCE)"});

  private final DataSource dataSource;
  private final Set<String> copiedHistory;

  /** What differs between the two databases the task list is measured on; the statements are otherwise the same. */
  enum Dialect {
    H2("SYSTEM_RANGE(%d, %d) R", "SET REFERENTIAL_INTEGRITY FALSE", "SET REFERENTIAL_INTEGRITY TRUE", 1000),
    // session_replication_role=replica skips the foreign keys' triggers (the embedded server's user is a superuser)
    POSTGRES("generate_series(%d, %d) AS R(X)", "SET session_replication_role = replica",
        "SET session_replication_role = DEFAULT", 10000);

    private final String range;
    private final String keysOff;
    private final String keysOn;
    /** Cases per statement: H2 holds a statement's transaction in memory until it commits. */
    private final int casesPerStatement;

    Dialect(String range, String keysOff, String keysOn, int casesPerStatement) {
      this.range = range;
      this.keysOff = keysOff;
      this.keysOn = keysOn;
      this.casesPerStatement = casesPerStatement;
    }

    static Dialect of(Connection connection) throws SQLException {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
          ? POSTGRES : H2;
    }

    /** How the database's metadata spells a table's name (PostgreSQL folds unquoted names to lower case). */
    String name(String table) {
      return this == POSTGRES ? table.toLowerCase(java.util.Locale.ROOT) : table;
    }
  }

  /**
   * @param copiedHistory the history tables copied for each case, or empty for all of them. At the
   *     issue's full size (100,000 completed cases, about 200 history rows each) copying them all
   *     takes about 38 GB of H2 file and an hour here; the task list reads none of them, only the
   *     per-case grants in ACT_RU_AUTHORIZATION, which are always copied in full.
   */
  HistoryCloner(DataSource dataSource, Set<String> copiedHistory) {
    this.dataSource = dataSource;
    this.copiedHistory = copiedHistory;
  }

  /** Adds copies of the ended cases until about {@code target} ended cases exist; returns how many exist. */
  long fillTo(long target, String caseKey) throws SQLException {
    return fillTo(target, caseKey, "END_TIME_ IS NOT NULL");
  }

  /** Adds copies of the running cases until about {@code target} running cases exist; returns how many exist. */
  long fillOpenTo(long target, String caseKey) throws SQLException {
    return fillTo(target, caseKey, "END_TIME_ IS NULL");
  }

  private long fillTo(long target, String caseKey, String state) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      String templates = "SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = '" + caseKey + "' AND " + state
          + " AND SUPER_PROCESS_INSTANCE_ID_ IS NULL";
      Dialect dialect = Dialect.of(connection);
      long existing = count(sql, "SELECT COUNT(*) FROM (" + templates + ") AS C");
      if (existing == 0 || existing >= target) {
        return existing;
      }
      long copies = (target - existing + existing - 1) / existing;
      // about a thousand cases per statement: each statement is one transaction, held in memory until it commits
      long chunk = Math.max(1, dialect.casesPerStatement / existing);
      sql.execute("CREATE TEMPORARY TABLE BENCH_TEMPLATE AS " + templates);
      sql.execute("CREATE TEMPORARY TABLE BENCH_INSTANCE AS SELECT ID_ FROM ACT_HI_PROCINST WHERE ROOT_PROC_INST_ID_ IN "
          + "(SELECT ID_ FROM BENCH_TEMPLATE)");
      sql.execute("CREATE TEMPORARY TABLE BENCH_TASK AS SELECT ID_ FROM ACT_HI_TASKINST WHERE ROOT_PROC_INST_ID_ IN "
          + "(SELECT ID_ FROM BENCH_TEMPLATE)");
      // a copied execution may come before its parent in one statement: the keys hold once all are in
      sql.execute(dialect.keysOff);
      try {
        List<String> tables = historyTables(connection.getMetaData(), dialect).stream()
            .filter(table -> copiedHistory.isEmpty() || copiedHistory.contains(table)).toList();
        for (long from = 1; from <= copies; from += chunk) {
          long to = Math.min(copies, from + chunk - 1);
          for (String[] runtime : RUNTIME) {
            clone(connection, dialect, sql, runtime[0], runtime[1], from, to);
          }
          for (String table : tables) {
            clone(connection, dialect, sql, table, "ROOT_PROC_INST_ID_ IN (SELECT ID_ FROM BENCH_TEMPLATE)", from, to);
          }
          // the per-case grants and the subject's revocations, on the instances and tasks and their history
          clone(connection, dialect, sql, "ACT_RU_AUTHORIZATION",
              "RESOURCE_ID_ IN (SELECT ID_ FROM BENCH_INSTANCE UNION SELECT ID_ FROM BENCH_TASK)", from, to);
        }
      } finally {
        sql.execute(dialect.keysOn);
        sql.execute("DROP TABLE BENCH_TASK");
        sql.execute("DROP TABLE BENCH_INSTANCE");
        sql.execute("DROP TABLE BENCH_TEMPLATE");
      }
      return count(sql, "SELECT COUNT(*) FROM (" + templates + ") AS C");
    }
  }

  private static void clone(Connection connection, Dialect dialect, Statement sql, String table, String templateRows,
      long from, long to) throws SQLException {
    List<String> columns = columns(connection.getMetaData(), dialect.name(table));
    List<String> values = columns.stream().map(column -> INSTANCE_IDS.contains(column)
        ? "LEFT(" + column + ", 56) || '~' || R.X" : column).toList();
    sql.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
        + " FROM " + table + " T, " + String.format(dialect.range, from, to) + " WHERE " + templateRows);
  }

  private static List<String> historyTables(DatabaseMetaData meta, Dialect dialect) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet found = meta.getColumns(null, null, dialect.name("ACT_HI_%"), dialect.name("ROOT_PROC_INST_ID_"))) {
      while (found.next()) {
        tables.add(found.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
      }
    }
    return tables;
  }

  private static List<String> columns(DatabaseMetaData meta, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet found = meta.getColumns(null, null, table, null)) {
      while (found.next()) {
        columns.add(found.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
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
