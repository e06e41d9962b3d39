package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 drops the index of status history entries by status, which no query reads, and
 * keeps every entry written before it.
 */
class StatusEntryIndexMigrationTest {

  @Test
  void historiesWrittenBeforeTheMigrationReadBackTheSameAndTheIndexIsGone() throws SQLException {
    try (JdbcDatabase earlier = JdbcDatabase.h2InMemory("clientbase-before-entry-index-drop")) {
      new SchemaMigrations(earlier).migrateTo(3);
      assertThat(indexes(earlier)).contains("status_history_entry_by_status");
      JdbcStatusHistoryStore store = new JdbcStatusHistoryStore(earlier);
      ClientId client = ClientId.of("c-1");
      List<StatusAssignment> entries = List.of(ContractFixtures.statusChange(client, null, "new", 1),
          ContractFixtures.statusChange(client, "new", "active", 5));
      store.appendAll(List.of(StatusAppend.of(client, 0, entries)));
      ClientStatusHistory before = store.history(client);

      earlier.migrate();

      assertThat(earlier.schemaVersion()).isEqualTo(4);
      assertThat(indexes(earlier)).doesNotContain("status_history_entry_by_status");
      assertThat(store.history(client)).isEqualTo(before);
      assertThat(before.entries()).isEqualTo(entries);
    }
  }

  private static List<String> indexes(JdbcDatabase db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        ResultSet rows = connection.getMetaData().getIndexInfo(null, null, "STATUS_HISTORY_ENTRY", false, false)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        if (name != null) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }
}
