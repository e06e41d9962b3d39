package org.clientbase.jdbc;

import java.sql.SQLException;
import org.clientbase.core.ClientbaseException;
import org.clientbase.spi.ConcurrentUpdateException;

/**
 * A database call failed for a reason the SPI has no word for: the database is unreachable, a
 * value does not fit its column, a transaction could not commit. A transaction the database gave
 * up because of another one (a deadlock, a serialization failure, a lock timeout) is reported as
 * the SPI's {@link ConcurrentUpdateException} instead. The write it belonged to took
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
   * Returns the exception a failed database call reaches the library as: a {@link
   * ConcurrentUpdateException} when the database gave up the transaction because of another one
   * running at the same time, which the library may retry, else a {@link JdbcStoreException}.
   *
   * @param what what was being done, e.g. {@code "ClientStore.update c-1"}
   * @param cause the database's error
   * @return the exception to throw
   */
  static ClientbaseException failure(String what, SQLException cause) {
    if (isCollision(cause)) {
      return new ConcurrentUpdateException(what + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState()
          + "); the transaction was rolled back", cause);
    }
    return new JdbcStoreException(what, cause);
  }

  /**
   * Tells whether a database error means the transaction collided with another one.
   *
   * @param e the error
   * @return {@code true} for SQL state 40P01 (PostgreSQL's deadlock), 40001 (PostgreSQL's
   *     serialization failure, H2's deadlock), H2's lock timeout (error code 50200) and H2's
   *     concurrent update of a row (error code 90131)
   */
  static boolean isCollision(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if ("40P01".equals(state) || "40001".equals(state)
          || ("HY000".equals(state) && next.getErrorCode() == 50200) || "90131".equals(state)) {
        return true;
      }
    }
    return false;
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
