package org.clientbase.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Applies the versioned SQL scripts in {@code db/clientbase/} in order, each once, and records
 * them in {@code clientbase_schema_history} with a checksum; a script changed after it was
 * applied is an error, not a silent divergence.
 *
 * <p>Scripts are named as Flyway names them ({@code V1__clientbase_schema.sql}) and use
 * {@code ${name}} placeholders for the column types that differ between databases, so a host
 * that already runs Flyway can point it at the same folder with the placeholders of
 * {@link Dialect}. Statements end with a semicolon at the end of a line; lines starting with
 * {@code --} are comments. On PostgreSQL every script runs in one transaction under an advisory
 * lock, so two processes migrating at once apply each script once; H2 commits DDL at once and
 * is meant to be migrated by the one process that embeds it.
 */
final class SchemaMigrations {
  private static final String FOLDER = "db/clientbase/";
  /** The scripts, in the order they apply; a new migration is added at the end. */
  private static final List<String> SCRIPTS = List.of("V1__clientbase_schema.sql", "V2__merge_journal_author.sql",
      "V3__status_due_day.sql", "V4__drop_status_entry_index.sql");
  private static final long POSTGRES_LOCK = 0x636c69656e74L;

  private final JdbcDatabase database;

  SchemaMigrations(JdbcDatabase database) {
    this.database = database;
  }

  void migrate() {
    migrateTo(SCRIPTS.size());
  }

  /** Applies the scripts up to a version, e.g. to bring a test database to an earlier schema. */
  void migrateTo(int last) {
    if (last < 0 || last > SCRIPTS.size()) {
      throw new IllegalArgumentException("schema version " + last + " is not between 0 and " + SCRIPTS.size());
    }
    database.write("schema migration", connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS clientbase_schema_history ("
            + " version INTEGER NOT NULL, script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
            + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,"
            + " CONSTRAINT clientbase_schema_history_pk PRIMARY KEY (version))");
      }
      return null;
    });
    for (int i = 0; i < last; i++) {
      int version = i + 1;
      String script = SCRIPTS.get(i);
      String text = load(script);
      database.write("schema migration " + script, connection -> {
        if (database.dialect() == Dialect.POSTGRESQL) {
          try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, POSTGRES_LOCK);
            lock.execute();
          }
        }
        String applied = appliedChecksum(connection, version);
        String checksum = sha256(text);
        if (applied != null) {
          if (!applied.equals(checksum)) {
            throw new JdbcStoreException("Schema migration " + script + " was changed after it was applied"
                + " (checksum " + checksum + ", applied " + applied + "); add a new migration instead");
          }
          return null;
        }
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(text, database.dialect().placeholders())) {
            statement.execute(sql);
          }
        }
        try (PreparedStatement record = connection.prepareStatement(
            "INSERT INTO clientbase_schema_history (version, script, checksum) VALUES (?, ?, ?)")) {
          record.setInt(1, version);
          record.setString(2, script);
          record.setString(3, checksum);
          record.executeUpdate();
        }
        return null;
      });
    }
  }

  int currentVersion() {
    return database.read("schema version", connection -> {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
        boolean found = false;
        while (tables.next()) {
          found |= tables.getString("TABLE_NAME").equalsIgnoreCase("clientbase_schema_history");
        }
        if (!found) {
          return 0;
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM clientbase_schema_history")) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }

  private static String appliedChecksum(Connection connection, int version) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT checksum FROM clientbase_schema_history WHERE version = ?")) {
      query.setInt(1, version);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Splits a script into statements and fills in the placeholders. */
  static List<String> statements(String script, Map<String, String> placeholders) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(fill(sql.substring(0, sql.length() - 1), placeholders));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new JdbcStoreException("Schema script ends without a semicolon: " + current.toString().strip());
    }
    return statements;
  }

  private static String fill(String sql, Map<String, String> placeholders) {
    String filled = sql;
    for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
      filled = filled.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
    }
    int unknown = filled.indexOf("${");
    if (unknown >= 0) {
      throw new JdbcStoreException("Schema script uses an unknown placeholder at: " + filled.substring(unknown));
    }
    return filled;
  }

  private static String load(String script) {
    // Class.getResourceAsStream, not the class loader's: on the module path the scripts are
    // resources of this named module, which only its own classes can read
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("/" + FOLDER + script)) {
      if (in == null) {
        throw new JdbcStoreException("Schema script " + FOLDER + script + " is missing from the crm-jdbc jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new JdbcStoreException("Schema script " + FOLDER + script + " cannot be read: " + e.getMessage());
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
