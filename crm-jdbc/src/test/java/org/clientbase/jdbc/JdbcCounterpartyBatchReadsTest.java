package org.clientbase.jdbc;

import org.clientbase.rules.matching.ScanPart;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.access.AccessPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * A duplicate scan over client cards reads their counterparties with one query per batch of
 * clients, never one per client: counted with H2's query statistics; and on PostgreSQL that
 * query uses the index {@code counterparty_by_client}.
 */
class JdbcCounterpartyBatchReadsTest {
  private static final int CLIENTS = 250;
  private static final int BATCH = 50;
  private static final int PAGES = CLIENTS / BATCH;

  private static ClientId client(int n) {
    return ClientId.of(String.format("c-%03d", n));
  }

  @Test
  void aClientScanReadsCounterpartiesWithOneQueryPerBatchNotPerClient() throws SQLException {
    JdbcDatabase db = Databases.h2();
    JdbcClientbase base = JdbcClientbase.on(db);
    db.inTransaction(() -> {
      for (int n = 1; n <= CLIENTS; n++) {
        base.clientStore().insert(Client.builder().id(client(n)).kind(ClientKind.LEGAL_ENTITY)
            .name("Заказчик " + n).createdOn(LocalDate.of(2025, 1, 10)).build());
        // c-017 and c-201 act through the same organisation: only their counterparties tell
        boolean same = n == 17 || n == 201;
        Inn inn = same ? Inn.of("7707083893") : Inn.fromBody(String.format("50%07d", n));
        base.counterpartyStore().insert(Counterparty.builder().id(CounterpartyId.of("k-" + n)).client(client(n))
            .legalName(same ? "ООО «Ромашка»" : "ООО «Заказчик " + n + "»").inn(inn).build());
      }
      return null;
    });
    DuplicateControl control = DuplicateControl.builder().clientbase(base).accessPolicy(AccessPolicy.allowAll()).batchSize(BATCH).build();
    control.reindexAll(CardType.CLIENT, ProgressListener.none());
    List<Match> found = new ArrayList<>();
    ScanSummary[] summary = new ScanSummary[1];
    Map<String, Integer> statements = JdbcBatchReadsTest.statementsOn(db, "counterparty", () ->
        summary[0] = control.scan(SystemActor.recordedAs(UserId.of("system:scan")), CardType.CLIENT, ScanPart.all(), found::add, ProgressListener.none()));
    assertThat(summary[0].scanned()).isEqualTo(CLIENTS);
    assertThat(found).anySatisfy(m -> {
      assertThat(m.left()).isEqualTo(client(17));
      assertThat(m.right()).isEqualTo(client(201));
    });
    assertThat(statements.keySet()).as("statements on counterparty: %s", statements)
        .allMatch(sql -> sql.contains("client_id = ANY(?)"));
    int queries = statements.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(queries).as("one query per page, and at most one more for the page's candidates: %s", statements)
        .isBetween(PAGES, 2 * PAGES);
  }

  @Test
  void onPostgreSqlTheCounterpartiesOfABatchComeFromTheirClientIndex() throws SQLException {
    JdbcDatabase db = Databases.postgres();
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO counterparty (id, version, client_id, legal_name, inn)"
          + " SELECT 'k-' || n, 1, 'c-' || (n % 20000), 'ООО «Заказчик ' || n || '»', '7707083893'"
          + " FROM generate_series(1, 30000) AS n");
      statement.execute("ANALYZE counterparty");
      try (PreparedStatement explain = connection.prepareStatement(
          "EXPLAIN SELECT * FROM counterparty WHERE client_id = ANY(?) ORDER BY client_id, id")) {
        explain.setArray(1, connection.createArrayOf("VARCHAR", new String[] {"c-17", "c-170", "c-1700"}));
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
        assertThat(plan.toString()).contains("counterparty_by_client");
      }
    } finally {
      Databases.clean(db);
    }
  }
}
