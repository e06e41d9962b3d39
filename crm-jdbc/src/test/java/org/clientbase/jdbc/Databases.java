package org.clientbase.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The databases the JDBC suites run on, one of each per test run: an in-memory H2 database, and
 * the PostgreSQL server named by {@code CLIENTBASE_PG_URL}, {@code CLIENTBASE_PG_USER} and
 * {@code CLIENTBASE_PG_PASSWORD} (or the system properties {@code clientbase.pg.url},
 * {@code clientbase.pg.user}, {@code clientbase.pg.password}).
 *
 * <p>When no PostgreSQL server is configured, the PostgreSQL suites are skipped, unless the system
 * property {@code clientbase.postgres} is {@code required} (as {@code .ci/test} sets it): then
 * they fail. A configured server that cannot be reached always fails them.
 */
final class Databases {
  /** Every table, children before the tables they reference. */
  private static final List<String> TABLES = List.of(
      "lead_phone", "lead_email", "lead", "client_phone", "client_email", "client_contact", "client",
      "contact_person_phone", "contact_person_email", "contact_person", "counterparty", "interaction", "interest",
      "payment", "shipment", "task", "status_history_entry", "status_history", "setting", "id_sequence",
      "host_document_reference", "host_document", "team_member", "app_user", "tax_registry",
      "status_transition_outbox", "domain_event_log", "batch_progress", "client_revision",
      "contact_person_revision", "match_key", "merge_journal_card", "merge_journal");

  private static JdbcDatabase h2;
  private static JdbcDatabase postgres;
  private static String postgresProblem;
  private static boolean postgresConfigured;

  private Databases() {}

  /** Returns the H2 database, migrated and emptied. */
  static synchronized JdbcDatabase h2() {
    if (h2 == null) {
      h2 = JdbcDatabase.h2InMemory("clientbase-tests").migrate();
    }
    return clean(h2);
  }

  /** Returns the PostgreSQL database, migrated and emptied; skips or fails the test if there is none. */
  static synchronized JdbcDatabase postgres() {
    if (postgres == null && postgresProblem == null) {
      Optional<String> url = setting("clientbase.pg.url", "CLIENTBASE_PG_URL");
      if (url.isEmpty()) {
        postgresProblem = "no PostgreSQL server is configured: set CLIENTBASE_PG_URL (and CLIENTBASE_PG_USER,"
            + " CLIENTBASE_PG_PASSWORD), or run .ci/test, which starts one";
      } else {
        postgresConfigured = true;
        try {
          postgres = openPostgres(url.get()).migrate();
        } catch (RuntimeException e) {
          postgresProblem = "PostgreSQL at " + url.get() + " is not usable: " + e;
        }
      }
    }
    if (postgres == null) {
      if (postgresConfigured || "required".equals(System.getProperty("clientbase.postgres"))) {
        throw new AssertionError("PostgreSQL suite failed: " + postgresProblem);
      }
      assumeTrue(false, "PostgreSQL suite skipped: " + postgresProblem);
    }
    return clean(postgres);
  }

  private static JdbcDatabase openPostgres(String url) {
    return JdbcDatabase.open(url, setting("clientbase.pg.user", "CLIENTBASE_PG_USER").orElse("postgres"),
        setting("clientbase.pg.password", "CLIENTBASE_PG_PASSWORD").orElse(""), 12);
  }

  /**
   * Opens a second connection pool on the same database, as a second host would; the caller
   * closes it.
   */
  static synchronized JdbcDatabase secondHost(JdbcDatabase db) {
    if (db == h2) {
      return JdbcDatabase.h2InMemory("clientbase-tests");
    }
    if (db == postgres) {
      return openPostgres(setting("clientbase.pg.url", "CLIENTBASE_PG_URL").orElseThrow());
    }
    throw new IllegalArgumentException("not one of the test databases: " + db.dialect());
  }

  /** Empties every table. */
  static JdbcDatabase clean(JdbcDatabase db) {
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      // DELETE of a few rows is much cheaper than TRUNCATE, which replaces every table's files
      for (String table : TABLES) {
        statement.addBatch("DELETE FROM " + table);
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new AssertionError("cannot empty the tables of " + db.dialect(), e);
    }
    return db;
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
