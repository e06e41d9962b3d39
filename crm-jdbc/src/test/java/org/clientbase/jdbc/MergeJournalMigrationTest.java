package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/** Migration V2 adds who asked for each merge and who undid it to a journal that holds merges. */
class MergeJournalMigrationTest {
  private static final List<String> V1_COLUMNS = List.of("id", "version", "state", "started_at", "undone_at",
      "card_type", "survivor_id", "note", "survivor_before", "survivor_after", "merged_before", "conflicts",
      "moved_references", "moved_documents");
  private static final List<String> JSON_COLUMNS = List.of("survivor_before", "survivor_after", "merged_before",
      "conflicts", "moved_references", "moved_documents");

  private static MergeRecord merge(String id, MergeState state, Optional<UserId> author, Optional<UserId> undoneBy) {
    Client before = ContractFixtures.client("c-1", 0);
    Client after = Client.builder().from(before).addEmails(ContractFixtures.email(90)).build();
    return new MergeRecord(MergeId.of(id), state, ContractFixtures.MOMENT_ONE, author,
        state == MergeState.UNDONE ? Optional.of(ContractFixtures.MOMENT_ONE.plusSeconds(60)) : Optional.empty(),
        undoneBy, CardSnapshot.of(before), CardSnapshot.of(after),
        List.of(CardSnapshot.of(ContractFixtures.client("c-2", 1))), List.of(), List.of(), List.of(), "same INN");
  }

  @Test
  void mergesJournaledBeforeTheMigrationReadBackWithNoAuthorAndNewOnesKeepTheirs() throws SQLException {
    MergeRecord old = merge("m-1", MergeState.UNDONE, Optional.empty(), Optional.empty());
    JdbcDatabase current = Databases.h2();
    new JdbcMergeJournal(current).insert(old);

    try (JdbcDatabase earlier = JdbcDatabase.h2InMemory("clientbase-before-merge-authors")) {
      new SchemaMigrations(earlier).migrateTo(1);
      assertThat(earlier.schemaVersion()).isEqualTo(1);
      copyV1Row(current, earlier, "m-1");

      earlier.migrate();
      assertThat(earlier.schemaVersion()).isEqualTo(4);
      JdbcMergeJournal journal = new JdbcMergeJournal(earlier);
      assertThat(journal.find(MergeId.of("m-1"))).contains(new Versioned<>(old, 1));
      assertThat(journal.findByCard(ClientId.of("c-2"))).extracting(Versioned::value).containsExactly(old);

      MergeRecord started = merge("m-2", MergeState.STARTED, Optional.of(ContractFixtures.MANAGER), Optional.empty());
      journal.insert(started);
      MergeRecord undone = started.withState(MergeState.UNDONE,
          ContractFixtures.MOMENT_ONE.plusSeconds(90), UserId.of("manager-2"));
      journal.update(undone, 1);
      assertThat(journal.find(MergeId.of("m-2"))).contains(new Versioned<>(undone, 2));
    }
  }

  @Test
  void theSchemaRefusesSomeoneWhoUndidAMergeThatIsNotUndone() throws SQLException {
    JdbcDatabase db = Databases.h2();
    new JdbcMergeJournal(db).insert(merge("m-1", MergeState.APPLIED, Optional.of(ContractFixtures.MANAGER),
        Optional.empty()));
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE merge_journal SET undone_by = 'manager-2'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("MERGE_JOURNAL_UNDONE_BY");
    }
  }

  /** Copies a merge's row and its card look-ups as a base migrated to V1 only would hold them. */
  private static void copyV1Row(JdbcDatabase from, JdbcDatabase to, String id) throws SQLException {
    try (Connection source = from.dataSource().getConnection(); Connection target = to.dataSource().getConnection()) {
      String columns = String.join(", ", V1_COLUMNS);
      String values = V1_COLUMNS.stream().map(c -> JSON_COLUMNS.contains(c) ? to.dialect().json() : "?")
          .collect(Collectors.joining(", "));
      try (PreparedStatement read = source.prepareStatement("SELECT " + columns + " FROM merge_journal WHERE id = ?");
          PreparedStatement write = target.prepareStatement(
              "INSERT INTO merge_journal (" + columns + ") VALUES (" + values + ")")) {
        read.setString(1, id);
        try (ResultSet row = read.executeQuery()) {
          assertThat(row.next()).isTrue();
          for (int i = 0; i < V1_COLUMNS.size(); i++) {
            String column = V1_COLUMNS.get(i);
            if (column.endsWith("_at")) {
              write.setObject(i + 1, row.getObject(column, OffsetDateTime.class));
            } else if (column.equals("version")) {
              write.setLong(i + 1, row.getLong(column));
            } else {
              write.setString(i + 1, row.getString(column));
            }
          }
        }
        write.executeUpdate();
      }
      try (PreparedStatement read = source.prepareStatement("SELECT card FROM merge_journal_card WHERE merge_id = ?");
          PreparedStatement write = target.prepareStatement(
              "INSERT INTO merge_journal_card (merge_id, card) VALUES (?, ?)")) {
        read.setString(1, id);
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            write.setString(1, id);
            write.setString(2, rows.getString(1));
            write.executeUpdate();
          }
        }
      }
    }
  }
}
