package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.task.Task;
import org.clientbase.spi.Versioned;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database: its dialects, its migrations, its file mode, and values it cannot hold. */
class JdbcDatabaseTest {

  @Test
  void theDialectFollowsTheUrl() {
    assertThat(Dialect.ofUrl("jdbc:h2:mem:crm")).isEqualTo(Dialect.H2);
    assertThat(Dialect.ofUrl("jdbc:postgresql://localhost/crm")).isEqualTo(Dialect.POSTGRESQL);
    assertThatThrownBy(() -> Dialect.ofUrl("jdbc:mysql://localhost/crm"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("jdbc:mysql://localhost/crm");
  }

  @Test
  void migratingAgainChangesNothing() {
    JdbcDatabase db = Databases.h2();
    assertThat(db.schemaVersion()).isEqualTo(4);
    db.migrate();
    assertThat(db.schemaVersion()).isEqualTo(4);
  }

  @Test
  void scriptsSplitIntoStatementsWithTheirPlaceholdersFilled() {
    List<String> statements = SchemaMigrations.statements(
        "-- a comment\nCREATE TABLE a (id ${id} NOT NULL);\n\nCREATE TABLE b (\n  doc ${json}\n);\n",
        Map.of("id", "VARCHAR(128)", "json", "JSONB"));
    assertThat(statements).containsExactly("CREATE TABLE a (id VARCHAR(128) NOT NULL)", "CREATE TABLE b (\n  doc JSONB\n)");
    assertThatThrownBy(() -> SchemaMigrations.statements("CREATE TABLE c (x ${nope});\n", Map.of()))
        .isInstanceOf(JdbcStoreException.class).hasMessageContaining("${nope}");
  }

  @Test
  void anH2FileKeepsTheBaseAcrossRestarts(@TempDir Path dir) {
    Path file = dir.resolve("crm");
    try (JdbcDatabase db = JdbcDatabase.h2File(file).migrate()) {
      new JdbcClientStore(db).insert(ContractFixtures.client("c-1", 0));
    }
    try (JdbcDatabase db = JdbcDatabase.h2File(file).migrate()) {
      assertThat(new JdbcClientStore(db).find(ClientId.of("c-1")))
          .contains(new Versioned<>(ContractFixtures.client("c-1", 0), 1));
    }
  }

  @Test
  void anInstantFinerThanMicrosecondsIsRejectedByName() {
    JdbcTaskStore tasks = new JdbcTaskStore(Databases.h2());
    Task task = ContractFixtures.task("t-1", ClientId.of("c-1"), 0);
    Task precise = Task.builder().from(task).start(Instant.parse("2026-01-01T09:00:00.000000001Z")).build();
    assertThatThrownBy(() -> tasks.insert(precise))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Task t-1 start");
    assertThat(tasks.find(TaskId.of("t-1"))).isEmpty();
  }

  @Test
  void aPageLimitBelowOneIsRejected() {
    assertThatThrownBy(() -> new JdbcClientStore(Databases.h2()).page(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("limit");
  }

  private static final List<String> IDS = List.of("b-1", "B-2", "_x", "a-10", "a-9", "Ä-1", "ё-1", "е-1");

  private static void assertIdsOrderAsJavaOrdersThem(JdbcDatabase db) {
    JdbcClientStore store = new JdbcClientStore(db);
    IDS.forEach(id -> store.insert(ContractFixtures.client(id, 0)));
    assertThat(store.page(20)).extracting(v -> v.value().id().value())
        .containsExactlyElementsOf(IDS.stream().sorted().toList());
    assertThat(store.page(ClientId.of("_x"), 20)).extracting(v -> v.value().id().value())
        .containsExactlyElementsOf(IDS.stream().sorted().filter(id -> id.compareTo("_x") > 0).toList());
  }

  @Test
  void idsOrderAsJavaOrdersThemOnH2() {
    assertIdsOrderAsJavaOrdersThem(Databases.h2());
  }

  @Test
  void idsOrderAsJavaOrdersThemOnPostgreSqlWhateverTheDatabaseLocale() throws SQLException {
    JdbcDatabase db = Databases.postgres();
    assertIdsOrderAsJavaOrdersThem(db);
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT table_name, column_name, collation_name"
            + " FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND data_type = 'character varying' AND character_maximum_length = 128")) {
      int columns = 0;
      while (rows.next()) {
        columns++;
        assertThat(rows.getString(3)).as("collation of %s.%s", rows.getString(1), rows.getString(2)).isEqualTo("C");
      }
      assertThat(columns).as("id columns").isGreaterThan(40);
    }
  }
}
