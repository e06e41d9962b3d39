package org.clientbase.jdbc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Adds rows to a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) through the
 * PostgreSQL driver's copy API: one round trip, no statement to plan, rows inserted in groups.
 * Used only on connections of the PostgreSQL driver; the caller falls back to an {@code INSERT}
 * when this class cannot be used (another driver, or the driver not readable from this module).
 */
final class PgCopy {
  private PgCopy() {}

  /**
   * Copies rows into a table.
   *
   * @param connection a connection of the PostgreSQL driver, possibly wrapped by a pool
   * @param table the table
   * @param columns the columns, comma separated, in the order of each row's values
   * @param rows the rows: texts in PostgreSQL's input form, {@code null} for NULL
   * @return whether the rows were copied; {@code false} (nothing written) if the connection is
   *     not the PostgreSQL driver's or its copy API cannot be reached
   * @throws SQLException if the database refuses the rows
   */
  static boolean copy(Connection connection, String table, String columns, List<String[]> rows) throws SQLException {
    PGConnection postgres;
    try {
      if (!connection.isWrapperFor(PGConnection.class)) {
        return false;
      }
      postgres = connection.unwrap(PGConnection.class);
    } catch (LinkageError unreachable) {
      return false; // the driver is not on this module's path: the caller inserts instead
    }
    int size = 0; // the text's length without escapes: one allocation in the usual case
    for (String[] row : rows) {
      for (String value : row) {
        size += (value == null ? 2 : value.length()) + 1;
      }
    }
    StringBuilder text = new StringBuilder(size + size / 64);
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        escape(text, row[i]);
      }
      text.append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try {
      postgres.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
          new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed to read its rows", e);
    }
    return true;
  }

  /** Appends a value in COPY's text format: backslash escapes, {@code \N} for NULL. */
  static void escape(StringBuilder out, String value) {
    if (value == null) {
      out.append("\\N");
      return;
    }
    // the text between the characters to escape is appended in one piece: most values have none
    int from = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c <= '\\' && (c == '\\' || c == '\n' || c == '\r' || c == '\t')) {
        out.append(value, from, i).append(switch (c) {
          case '\\' -> "\\\\";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          default -> "\\t";
        });
        from = i + 1;
      }
    }
    if (from == 0) {
      out.append(value);
    } else {
      out.append(value, from, length);
    }
  }
}
