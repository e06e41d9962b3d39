package org.clientbase.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.clientbase.core.InvalidValueException;

/**
 * A database the JDBC stores share: a connection pool, the {@link Dialect}, the schema
 * migrations, and the transaction of the {@link JdbcUnitOfWork} running on each thread.
 *
 * <p>Every store call runs in exactly one of two ways. Inside
 * {@link JdbcUnitOfWork#execute}, it uses the connection bound to the thread and writes under a
 * savepoint, so a store call that fails (a duplicate id, a stale version) undoes only its own
 * statements and the unit of work can go on or roll back as it chooses. Outside a unit of work,
 * each call borrows a connection and runs as one short transaction of its own.
 *
 * <pre>{@code
 * try (JdbcDatabase db = JdbcDatabase.h2File(Path.of("crm")).migrate()) {
 *   JdbcClientbase crm = JdbcClientbase.on(db);
 *   crm.unitOfWork().execute(() -> crm.clientStore().insert(client));
 * }
 * }</pre>
 */
public final class JdbcDatabase implements AutoCloseable {
  private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern SETTING_NAME = Pattern.compile("[A-Z][A-Z_]{0,63}");
  private static final Pattern SETTING_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** The default number of pooled connections. */
  public static final int DEFAULT_POOL_SIZE = 10;

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  private JdbcDatabase(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Opens a pool of connections to a database.
   *
   * @param jdbcUrl an H2 or PostgreSQL JDBC URL
   * @param user the user
   * @param password the password
   * @param poolSize the largest number of open connections, at least 1; each running unit of
   *     work holds one
   * @return the database; close it when done
   */
  public static JdbcDatabase open(String jdbcUrl, String user, String password, int poolSize) {
    return open(jdbcUrl, user, password, poolSize, Map.of());
  }

  private static JdbcDatabase open(
      String jdbcUrl, String user, String password, int poolSize, Map<String, String> settings) {
    Dialect dialect = Dialect.ofUrl(jdbcUrl);
    if (poolSize < 1) {
      throw new InvalidValueException("JdbcDatabase pool size", poolSize, "must be at least 1");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    config.setPoolName("clientbase-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
    config.setConnectionTimeout(30_000);
    settings.forEach(config::addDataSourceProperty);
    return new JdbcDatabase(new HikariDataSource(config), dialect);
  }

  /**
   * Opens a pool of {@value #DEFAULT_POOL_SIZE} connections to a database.
   *
   * @param jdbcUrl an H2 or PostgreSQL JDBC URL
   * @param user the user
   * @param password the password
   * @return the database; close it when done
   */
  public static JdbcDatabase open(String jdbcUrl, String user, String password) {
    return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
  }

  /**
   * Opens an embedded H2 database that lives in memory until the process ends.
   *
   * @param name the database's name; the same name in the same process is the same database
   * @return the database
   */
  public static JdbcDatabase h2InMemory(String name) {
    if (name == null || !MEMORY_NAME.matcher(name).matches()) {
      throw new InvalidValueException("JdbcDatabase in-memory name", name,
          "must be 1 to 64 letters, digits, '-', '_' or '.'");
    }
    return open("jdbc:h2:mem:" + name, "sa", "", DEFAULT_POOL_SIZE, Map.of("DB_CLOSE_DELAY", "-1"));
  }

  /**
   * Opens (or creates) an embedded H2 database in a file.
   *
   * @param file the database file without its {@code .mv.db} extension, e.g. {@code crm}
   *     for {@code crm.mv.db}
   * @return the database
   */
  public static JdbcDatabase h2File(Path file) {
    return h2File(file, DEFAULT_POOL_SIZE, Map.of());
  }

  /**
   * Opens (or creates) an embedded H2 database in a file, with H2 settings. The settings are
   * passed to the driver as connection properties, never written into the URL.
   *
   * @param file the database file without its {@code .mv.db} extension; see
   *     {@link #checkH2File(Path)}
   * @param poolSize the largest number of open connections, at least 1
   * @param settings H2 settings such as {@code CACHE_SIZE}: names of capital letters and
   *     underscores, values of letters, digits, '-' and '_'
   * @return the database
   * @throws InvalidValueException if the path, the pool size or a setting cannot be used
   */
  public static JdbcDatabase h2File(Path file, int poolSize, Map<String, String> settings) {
    checkH2File(file);
    settings.forEach((name, value) -> {
      if (name == null || !SETTING_NAME.matcher(name).matches()) {
        throw new InvalidValueException("JdbcDatabase setting name", name, "must be capital letters and '_'");
      }
      if (value == null || !SETTING_VALUE.matcher(value).matches()) {
        throw new InvalidValueException("JdbcDatabase setting " + name, value,
            "must be letters, digits, '-' or '_'");
      }
    });
    return open("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "", poolSize, Map.copyOf(settings));
  }

  /**
   * Checks that a path can name an H2 database file in a JDBC URL: H2 reads everything after a
   * {@code ;} in its URL as settings (which may run SQL), so a path holding a {@code ;}, a
   * control character or a character H2 reads as URL syntax is refused rather than escaped.
   *
   * @param file the database file without its {@code .mv.db} extension
   * @throws InvalidValueException naming the path and the character refused
   */
  public static void checkH2File(Path file) {
    if (file == null) {
      throw new InvalidValueException("JdbcDatabase file", null, "must be given");
    }
    String text = file.toAbsolutePath().toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c < ' ' || c == '\u007F') {
        throw new InvalidValueException("JdbcDatabase file", excerpt(text),
            c == ';' ? "holds ';', which H2 reads as the start of settings in its URL"
                : "holds the control character U+" + String.format(Locale.ROOT, "%04X", (int) c));
      }
    }
    if (file.getFileName() == null || file.getFileName().toString().isBlank()) {
      throw new InvalidValueException("JdbcDatabase file", excerpt(text), "must name a file");
    }
  }

  private static String excerpt(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "... (" + text.length() + " characters)";
  }

  /**
   * Brings the schema up to date, applying every migration not applied yet.
   *
   * @return this database
   */
  public JdbcDatabase migrate() {
    new SchemaMigrations(this).migrate();
    return this;
  }

  /**
   * Returns the version of the schema: the number of the last migration applied.
   *
   * @return the version, 0 for an empty database
   */
  public int schemaVersion() {
    return new SchemaMigrations(this).currentVersion();
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the pool, for the host's own queries. Its connections are not the ones of a
   * running unit of work.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  /** Work on a connection that may fail with an SQL error. */
  @FunctionalInterface
  interface SqlWork<R> {
    R run(Connection connection) throws SQLException;
  }

  /**
   * Runs reads: on the unit of work's connection if one is running on this thread, else on a
   * pooled connection in auto-commit mode (each statement sees the latest committed data).
   */
  <R> R read(String what, SqlWork<R> work) {
    Connection connection = bound.get();
    try {
      if (connection != null) {
        return work.run(connection);
      }
      try (Connection pooled = dataSource.getConnection()) {
        return work.run(pooled);
      }
    } catch (SQLException e) {
      throw JdbcStoreException.failure(what, e);
    }
  }

  /**
   * Runs writes atomically: under a savepoint of the running unit of work, or else in a
   * transaction of their own. If the work throws, its statements are undone and the exception
   * reaches the caller unchanged (an SQL error as a {@link JdbcStoreException}).
   */
  <R> R write(String what, SqlWork<R> work) {
    Connection connection = bound.get();
    try {
      if (connection != null) {
        Savepoint savepoint = connection.setSavepoint();
        try {
          R result = work.run(connection);
          connection.releaseSavepoint(savepoint);
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(connection, savepoint, e);
          throw e;
        }
      }
      return writeAlone(what, work);
    } catch (SQLException e) {
      throw JdbcStoreException.failure(what, e);
    }
  }

  /**
   * Runs writes in a transaction of their own on a pooled connection, also while a unit of work
   * runs on this thread: they commit at once, whatever becomes of the unit of work.
   */
  <R> R writeAlone(String what, SqlWork<R> work) {
    try {
      try (Connection pooled = dataSource.getConnection()) {
        pooled.setAutoCommit(false);
        try {
          R result = work.run(pooled);
          pooled.commit();
          return result;
        } catch (SQLException | RuntimeException | Error e) {
          rollbackQuietly(pooled, null, e);
          throw e;
        } finally {
          pooled.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw JdbcStoreException.failure(what, e);
    }
  }

  /** Runs work in one transaction bound to this thread; see {@link JdbcUnitOfWork}. */
  <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (bound.get() != null) {
      return work.get();
    }
    Connection connection;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new JdbcStoreException("UnitOfWork: cannot begin a transaction", e);
    }
    bound.set(connection);
    try {
      T result;
      try {
        result = work.get();
      } catch (Throwable e) {
        rollbackQuietly(connection, null, e);
        throw e;
      }
      try {
        connection.commit();
      } catch (SQLException e) {
        rollbackQuietly(connection, null, e);
        throw JdbcStoreException.failure("UnitOfWork: commit failed, nothing was written", e);
      }
      return result;
    } finally {
      bound.remove();
      try {
        connection.setAutoCommit(true);
        connection.close();
      } catch (SQLException e) {
        // the pool discards a connection it cannot reset
      }
    }
  }

  /** Tells whether a unit of work is running on this thread. */
  boolean inUnitOfWork() {
    return bound.get() != null;
  }

  private static void rollbackQuietly(Connection connection, Savepoint savepoint, Throwable cause) {
    try {
      if (savepoint == null) {
        connection.rollback();
      } else {
        connection.rollback(savepoint);
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
