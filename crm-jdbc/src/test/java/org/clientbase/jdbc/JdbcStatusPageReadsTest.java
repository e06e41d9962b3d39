package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientStart;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reads the status batch makes for each page: the clients' ids and creation days, and the
 * facts of a page of clients, equal what the general reads give, on H2 and on PostgreSQL; and on
 * PostgreSQL the page's new history entries go in with {@code COPY}, every character intact.
 */
class JdbcStatusPageReadsTest {
  /**
   * Ids whose order by code point (PostgreSQL's {@code C} collation) differs from
   * {@link String#compareTo}: U+FFFD sorts after a surrogate pair in UTF-16, before it by code point.
   */
  private static final List<String> IDS = List.of(
      "c-01", "c-02", "c-03", "c-04", "c-05", "c-06", "c-\uFFFD", "c-\uD83D\uDE00", "c-\u00E9");

  abstract static class OnDatabase {
    abstract JdbcDatabase db();

    @Test
    void aPageOfStartsIsThePageOfCardsTakenApart() {
      JdbcDatabase db = db();
      JdbcClientStore clients = new JdbcClientStore(db);
      for (String id : IDS) {
        clients.insert(ContractFixtures.client(id));
      }
      for (PageRequest<ClientId> request : List.of(PageRequest.<ClientId>first(4), PageRequest.<ClientId>first(100),
          PageRequest.after(ClientId.of("c-03"), 3), PageRequest.after(ClientId.of("c-99"), 3))) {
        List<ClientStart> expected = new ArrayList<>();
        for (Versioned<Client> card : clients.page(request)) {
          expected.add(new ClientStart(card.value().id(), card.value().createdOn()));
        }
        assertThat(clients.starts(request)).as("%s", request).isEqualTo(expected);
      }
    }

    @Test
    void theFactsOfAPageAreTheFactsOfItsClientsOnly() {
      JdbcDatabase db = db();
      JdbcPaymentStore payments = new JdbcPaymentStore(db);
      JdbcShipmentStore shipments = new JdbcShipmentStore(db);
      JdbcInterestStore interests = new JdbcInterestStore(db);
      for (String id : IDS) {
        ClientId client = ClientId.of(id);
        for (int day = 0; day < 3; day++) {
          payments.insert(ContractFixtures.payment("pay-" + id + "-" + day, client, 10 - day));
          shipments.insert(ContractFixtures.shipment("ship-" + id + "-" + day, client, 10 - day));
          interests.insert(ContractFixtures.interest("int-" + id + "-" + day, client, 10 - day));
        }
      }
      List<List<ClientId>> asked = List.of(
          ids("c-02", "c-03", "c-04"),
          ids("c-02", "c-04"), // c-03 lies between them and is not asked for
          ids("c-06", "c-\uD83D\uDE00", "c-\uFFFD"),
          ids("c-\u00E9", "c-01", "c-\uFFFD", "c-\uD83D\uDE00"),
          ids("c-05"),
          ids("c-none", "c-05"),
          List.of());
      for (List<ClientId> page : asked) {
        assertThat(payments.findByClientPage(page)).as("payments of %s", page)
            .isEqualTo(payments.findByClients(page)).hasSize(3 * (int) page.stream().filter(c -> IDS.contains(c.value())).count());
        assertThat(shipments.findByClientPage(page)).as("shipments of %s", page)
            .isEqualTo(shipments.findByClients(page));
        assertThat(interests.findByClientPage(page)).as("interests of %s", page)
            .isEqualTo(interests.findByClients(page));
      }
    }
  }

  private static List<ClientId> ids(String... ids) {
    return List.of(ids).stream().map(ClientId::of).toList();
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase db() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase db() {
      return Databases.postgres();
    }

    @Test
    void copyWritesEveryCharacterAsGiven() throws SQLException {
      JdbcDatabase db = Databases.postgres();
      List<String> values = List.of("plain", "tab\there", "line\nbreak", "cr\rhere", "back\\slash", "\\N",
          "quote'\"", "\u00E9\uD83D\uDE00\uFFFD", "");
      try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE TEMPORARY TABLE copy_check (n INTEGER, a VARCHAR, b VARCHAR)");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
          rows.add(new String[] {Integer.toString(i), values.get(i), i % 2 == 0 ? null : values.get(i)});
        }
        assertThat(PgCopy.copy(connection, "copy_check", "n, a, b", rows)).as("the copy API is reachable").isTrue();
        try (ResultSet read = statement.executeQuery("SELECT n, a, b FROM copy_check ORDER BY n")) {
          for (int i = 0; i < values.size(); i++) {
            assertThat(read.next()).isTrue();
            assertThat(read.getInt(1)).isEqualTo(i);
            assertThat(read.getString(2)).isEqualTo(values.get(i));
            assertThat(read.getString(3)).isEqualTo(i % 2 == 0 ? null : values.get(i));
          }
          assertThat(read.next()).isFalse();
        }
        statement.execute("DROP TABLE copy_check");
      }
    }
  }
}
