package org.clientbase.jdbc;

import java.sql.SQLException;
import org.clientbase.core.ClientbaseException;

/**
 * A database call failed for a reason the SPI has no word for: the database is unreachable, a
 * value does not fit its column, a transaction could not commit. The write it belonged to took
 * no effect (its statement or transaction was rolled back).
 */
public class JdbcStoreException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what was being done, e.g. {@code "LeadStore.insert l-1"}
   * @param cause the database's error
   */
  public JdbcStoreException(String what, SQLException cause) {
    super(what + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
  }

  /**
   * Creates the exception without a database error.
   *
   * @param message what went wrong
   */
  public JdbcStoreException(String message) {
    super(message);
  }

  /**
   * Tells whether a database error is a violated unique key.
   *
   * @param e the error
   * @return {@code true} for SQL state 23505, which H2 and PostgreSQL both use
   */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if ("23505".equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
