package uk.shine.socialmedia.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Plain SQL on the running engine command's own connection, so it commits or rolls back with the
 * command's work: for the few writes the engine has no API for (the application's own record of
 * grants by name, a case's school). Parameters are bound, never spliced in.
 */
final class CommandSql {

  private CommandSql() {
  }

  /** The engine's table prefix, as the running command's statements name its tables ("" for none). */
  static String prefix() {
    return prefix(Context.getProcessEngineConfiguration());
  }

  /** The engine's table prefix ("" for none), outside a command too. */
  static String prefix(ProcessEngineConfigurationImpl engine) {
    return engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
  }

  /** Runs an insert, update or delete; how many rows it changed. */
  static int update(String what, String sql, Object... parameters) {
    try (PreparedStatement statement = prepared(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not " + what, e);
    }
  }

  /** The first {@code columns} values of every row a select returns. */
  static List<Object[]> rows(String what, String sql, int columns, Object... parameters) {
    try (PreparedStatement statement = prepared(sql, parameters); ResultSet result = statement.executeQuery()) {
      List<Object[]> rows = new ArrayList<>();
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = result.getObject(i + 1);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not " + what, e);
    }
  }

  private static PreparedStatement prepared(String sql, Object... parameters) throws SQLException {
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
