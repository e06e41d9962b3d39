package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.spi.store.SettingsStore;

/**
 * A {@link SettingsStore} on table {@code setting}: one row per key, written with the
 * database's upsert ({@code MERGE} on H2, {@code INSERT ... ON CONFLICT} on PostgreSQL).
 */
public final class JdbcSettingsStore implements SettingsStore {
  private final JdbcDatabase db;

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcSettingsStore(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Optional<String> get(String key) {
    Checks.requireText("setting key", key);
    return db.read("SettingsStore.get " + key, connection -> {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT setting_value FROM setting WHERE setting_key = ?")) {
        statement.setString(1, key);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void put(String key, String value) {
    Checks.requireText("setting key", key);
    Objects.requireNonNull(value, "value");
    db.write("SettingsStore.put " + key, connection -> {
      try (PreparedStatement statement = connection.prepareStatement(db.dialect().upsertSetting())) {
        statement.setString(1, key);
        statement.setString(2, value);
        return statement.executeUpdate();
      }
    });
  }
}
