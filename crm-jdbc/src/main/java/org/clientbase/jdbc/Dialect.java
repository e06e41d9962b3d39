package org.clientbase.jdbc;

import java.util.Locale;
import java.util.Map;
import org.clientbase.core.InvalidValueException;

/**
 * The databases the JDBC adapter runs on, and the few places where their SQL differs: the
 * column types behind the schema's placeholders, how a JSON parameter is written, and how a
 * setting is upserted. Everything else is the same SQL on both.
 */
public enum Dialect {
  /** H2 2.x, embedded: in memory or in a file. Strings compare as Java compares them. */
  H2(Map.of(
          "id", "VARCHAR(128)",
          "text", "CHARACTER LARGE OBJECT",
          "json", "JSON"),
      "? FORMAT JSON",
      "MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)",
      "MERGE INTO batch_progress (task, done, failed, total) KEY (task) VALUES (?, ?, ?, ?)"),

  /**
   * PostgreSQL 12 or later. Id columns use the {@code "C"} collation, so that ordering by id
   * (pages, batch reads) is the code-point order the SPI asks for, whatever the database's
   * locale.
   */
  POSTGRESQL(Map.of(
          "id", "VARCHAR(128) COLLATE \"C\"",
          "text", "TEXT",
          "json", "JSONB"),
      "CAST(? AS JSONB)",
      "INSERT INTO setting (setting_key, setting_value) VALUES (?, ?)"
          + " ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value",
      "INSERT INTO batch_progress (task, done, failed, total) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (task) DO UPDATE SET done = EXCLUDED.done, failed = EXCLUDED.failed,"
          + " total = EXCLUDED.total");

  private final Map<String, String> placeholders;
  private final String jsonParameter;
  private final String upsertSetting;
  private final String upsertProgress;

  Dialect(Map<String, String> placeholders, String jsonParameter, String upsertSetting, String upsertProgress) {
    this.placeholders = placeholders;
    this.jsonParameter = jsonParameter;
    this.upsertSetting = upsertSetting;
    this.upsertProgress = upsertProgress;
  }

  /**
   * Tells which dialect a JDBC URL names.
   *
   * @param jdbcUrl the URL, e.g. {@code jdbc:h2:mem:crm} or {@code jdbc:postgresql://host/crm}
   * @return the dialect
   * @throws InvalidValueException if the URL names another database
   */
  public static Dialect ofUrl(String jdbcUrl) {
    String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new InvalidValueException("JDBC URL", jdbcUrl, "must name an H2 (jdbc:h2:) or PostgreSQL (jdbc:postgresql:) database");
  }

  /** Returns the column types that replace the schema scripts' placeholders, by name. */
  Map<String, String> placeholders() {
    return placeholders;
  }

  /** Returns the SQL for a JSON parameter: a {@code ?} that accepts JSON text. */
  String json() {
    return jsonParameter;
  }

  /** Returns the SQL that stores a setting, replacing any earlier value. */
  String upsertSetting() {
    return upsertSetting;
  }

  /** Returns the SQL that stores the progress of a task, replacing the earlier one. */
  String upsertProgress() {
    return upsertProgress;
  }
}
