package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * Batch work reads with one ordered query per batch, never one per client: counted with H2's
 * query statistics; and on PostgreSQL the batch reads use the indexes made for them.
 */
class JdbcBatchReadsTest {
  private static final int CLIENTS = 250;

  private static List<ClientId> clients() {
    List<ClientId> clients = new ArrayList<>();
    for (int c = 1; c <= CLIENTS; c++) {
      clients.add(ClientId.of("c-" + c));
    }
    return clients;
  }

  /** Runs the work and returns how often each statement on the given table ran meanwhile (H2). */
  static Map<String, Integer> statementsOn(JdbcDatabase db, String table, Runnable work) throws SQLException {
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      // switching the statistics off and on again empties them
      statement.execute("SET QUERY_STATISTICS TRUE");
      statement.execute("SET QUERY_STATISTICS FALSE");
      statement.execute("SET QUERY_STATISTICS TRUE");
      try {
        work.run();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery(
            "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
          while (rows.next()) {
            String sql = rows.getString(1);
            if (sql.contains(" " + table + " ") || sql.endsWith(" " + table)) {
              counts.put(sql, rows.getInt(2));
            }
          }
        }
        return counts;
      } finally {
        statement.execute("SET QUERY_STATISTICS FALSE");
      }
    }
  }

  @Test
  void theFactsOfABatchOfClientsComeFromOneQueryInClientOrder() throws SQLException {
    JdbcDatabase db = Databases.h2();
    JdbcPaymentStore payments = new JdbcPaymentStore(db);
    db.inTransaction(() -> {
      for (ClientId client : clients()) {
        for (int day = 0; day < 3; day++) {
          payments.insert(ContractFixtures.payment("pay-" + client.value() + "-" + day, client, 10 - day));
        }
      }
      return null;
    });
    List<Payment> found = new ArrayList<>();
    Map<String, Integer> statements = statementsOn(db, "payment", () -> found.addAll(payments.findByClients(clients())));
    assertThat(found).hasSize(CLIENTS * 3);
    assertThat(found).extracting(p -> p.client().value()).isSortedAccordingTo(String::compareTo);
    assertThat(statements.values()).as("statements on payment: %s", statements).containsExactly(1);
  }

  @Test
  void pagesWalkTheStoreWithOneQueryEach() throws SQLException {
    JdbcDatabase db = Databases.h2();
    JdbcClientStore store = new JdbcClientStore(db);
    db.inTransaction(() -> {
      clients().forEach(id -> store.insert(ContractFixtures.client(id.value(), 0)));
      return null;
    });
    List<String> walked = new ArrayList<>();
    Map<String, Integer> statements = statementsOn(db, "client", () -> {
      PageRequest<ClientId> request = PageRequest.first(100);
      List<Versioned<org.clientbase.core.client.Client>> page;
      do {
        page = store.page(request);
        page.forEach(c -> walked.add(c.value().id().value()));
        request = page.isEmpty() ? request : request.next(page.get(page.size() - 1).value().id());
      } while (page.size() == 100);
    });
    assertThat(walked).hasSize(CLIENTS).isSorted();
    assertThat(statements.values().stream().mapToInt(Integer::intValue).sum()).as("statements: %s", statements)
        .isEqualTo(3);
  }

  @Test
  void theStatusHistoriesOfABatchComeFromOneQuery() throws SQLException {
    JdbcDatabase db = Databases.h2();
    JdbcStatusHistoryStore store = new JdbcStatusHistoryStore(db);
    for (ClientId client : clients().subList(0, 50)) {
      store.append(client, 0, List.of(ContractFixtures.statusChange(client, null, "new", 0)));
    }
    Map<String, Integer> statements = statementsOn(db, "status_history", () ->
        assertThat(store.histories(clients())).hasSize(CLIENTS));
    assertThat(statements.values()).as("statements: %s", statements).containsExactly(1);
  }

  @Test
  void theEndsOfABatchOfStatusHistoriesComeFromOneQuery() throws SQLException {
    JdbcDatabase db = Databases.h2();
    JdbcStatusHistoryStore store = new JdbcStatusHistoryStore(db);
    for (ClientId client : clients().subList(0, 50)) {
      store.append(client, 0, List.of(ContractFixtures.statusChange(client, null, "new", 0)));
      store.append(client, 1, List.of(ContractFixtures.statusChange(client, "new", "active", 3)));
    }
    Map<String, Integer> statements = statementsOn(db, "status_history", () ->
        assertThat(store.historyEnds(clients())).hasSize(CLIENTS)
            .allSatisfy((client, end) -> assertThat(end.entryCount()).isEqualTo(end.version() == 0 ? 0 : 2)));
    assertThat(statements.values()).as("statements: %s", statements).containsExactly(1);
  }

  @Test
  void onPostgreSqlTheEndsOfHistoriesReadOnlyTheLatestEntryFromTheIndex() throws SQLException {
    JdbcDatabase db = Databases.postgres();
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO status_history (client_id, version, evaluated_through)"
          + " SELECT 'c-' || n, 1, DATE '2026-06-01' FROM generate_series(1, 5000) AS n");
      statement.execute("INSERT INTO status_history_entry (client_id, seq, previous_status, status, since,"
          + " reason_kind, reason_template, explanation) SELECT 'c-' || (n % 5000 + 1), n / 5000 + 1, NULL, 'new',"
          + " DATE '2026-01-01', 'RULE', 'ACTIVE', 'x' FROM generate_series(0, 39999) AS n");
      statement.execute("ANALYZE status_history");
      statement.execute("ANALYZE status_history_entry");
      String ends = plan(connection, "EXPLAIN " + JdbcStatusHistoryStore.endsQuery(Dialect.POSTGRESQL),
          "{c-17,c-170,c-1700}");
      assertThat(ends).contains("Index Scan Backward using status_history_entry_pk").contains("Limit");
    } finally {
      Databases.clean(db);
    }
  }

  @Test
  void onPostgreSqlTheBatchReadsUseTheirIndexes() throws SQLException {
    JdbcDatabase db = Databases.postgres();
    try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO payment (id, version, client_id, paid_on, amount, currency)"
          + " SELECT 'p-' || n, 1, 'c-' || (n % 5000), DATE '2026-01-01' + (n % 300), 100, 'RUB'"
          + " FROM generate_series(1, 50000) AS n");
      statement.execute("INSERT INTO client (id, version, kind, name, created_on, phones, emails, addresses, contacts,"
          + " tags, categories, custom_fields) SELECT 'c-' || n, 1, 'INDIVIDUAL', 'Client ' || n, DATE '2026-01-01',"
          + " '[]', '[]', '[]', '[]', '[]', '[]', '{}' FROM generate_series(1, 20000) AS n");
      statement.execute("ANALYZE payment");
      statement.execute("ANALYZE client");
      String byClients = plan(connection, "EXPLAIN SELECT * FROM payment WHERE client_id = ANY(?)"
          + " ORDER BY client_id, paid_on, id", "{c-17,c-170,c-1700}");
      assertThat(byClients).contains("payment_by_client");
      String page = plan(connection, "EXPLAIN SELECT * FROM client WHERE id > ? ORDER BY id LIMIT 100", "c-5000");
      assertThat(page).contains("client_pk");
    } finally {
      Databases.clean(db);
    }
  }

  private static String plan(Connection connection, String explain, String parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(explain)) {
      if (parameter.startsWith("{")) {
        statement.setArray(1, connection.createArrayOf("VARCHAR", parameter.substring(1, parameter.length() - 1).split(",")));
      } else {
        statement.setString(1, parameter);
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }
}
