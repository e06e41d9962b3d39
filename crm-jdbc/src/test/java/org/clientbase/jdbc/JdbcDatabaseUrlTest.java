package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No text given for a path or a name reaches an H2 URL as URL syntax. */
class JdbcDatabaseUrlTest {
  @TempDir
  Path dir;

  @Test
  void aFilePathHoldingSettingsIsRefusedAndRunsNoSql() throws IOException {
    Path marker = dir.resolve("script-ran");
    Path script = Files.writeString(dir.resolve("x.sql"), "CALL FILE_WRITE(X'72616E', '" + marker + "');\n");
    Path file = dir.resolve("d;INIT=RUNSCRIPT FROM '" + script + "'");

    assertThatThrownBy(() -> JdbcDatabase.h2File(file).close())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("JdbcDatabase file")
        .hasMessageContaining("holds ';', which H2 reads as the start of settings");
    assertThat(marker).doesNotExist();
  }

  @Test
  void controlCharactersInAPathAreRefused() {
    assertThatThrownBy(() -> JdbcDatabase.checkH2File(dir.resolve("crm\nx")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+000A");
  }

  @Test
  void anInMemoryNameIsRefusedUnlessPlain() {
    assertThatThrownBy(() -> JdbcDatabase.h2InMemory("crm;INIT=CREATE TABLE X(Y INT)"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("in-memory name");
    assertThatThrownBy(() -> JdbcDatabase.h2InMemory(""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void settingsArePassedAsPropertiesAndChecked() throws SQLException {
    try (JdbcDatabase db = JdbcDatabase.h2File(dir.resolve("crm"), 2, Map.of("CACHE_SIZE", "4096"));
        Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("4096");
    }
    assertThatThrownBy(() -> JdbcDatabase.h2File(dir.resolve("crm"), 2, Map.of("CACHE_SIZE", "1;INIT=X")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("JdbcDatabase setting CACHE_SIZE");
    assertThatThrownBy(() -> JdbcDatabase.h2File(dir.resolve("crm"), 2, Map.of("INIT;X", "1")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("setting name");
  }

  @Test
  void theInMemoryDatabaseOutlivesItsConnections() {
    try (JdbcDatabase db = JdbcDatabase.h2InMemory("clientbase-url-test").migrate()) {
      assertThat(db.schemaVersion()).isEqualTo(4);
    }
  }
}
