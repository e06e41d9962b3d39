package org.clientbase.jdbc;

import java.util.Objects;
import java.util.function.Supplier;
import org.clientbase.spi.UnitOfWork;

/**
 * A {@link UnitOfWork} that is a database transaction: {@link #execute} takes a connection
 * from the pool, binds it to the calling thread, runs the work, and commits if the work returns
 * or rolls back if it throws (the exception reaches the caller unchanged). Every JDBC store of
 * the same {@link JdbcDatabase} called on that thread meanwhile writes through that
 * connection; stores called outside a unit of work commit each call on its own.
 *
 * <p>The transaction runs at the database's default isolation (read committed on H2 and
 * PostgreSQL); versioned updates, not isolation, protect records from lost updates. A unit of
 * work started inside another on the same thread joins it. Each running unit of work holds a
 * pooled connection, so the pool must be larger than the number of threads running units of
 * work at once.
 */
public final class JdbcUnitOfWork implements UnitOfWork {
  private final JdbcDatabase db;

  /**
   * Creates the unit of work of a database.
   *
   * @param db the database whose stores take part
   */
  public JdbcUnitOfWork(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public <T> T execute(Supplier<T> work) {
    return db.inTransaction(work);
  }
}
