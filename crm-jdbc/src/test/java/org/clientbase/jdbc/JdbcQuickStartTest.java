package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC adapter's example of the README, compiled and run as a test. Keep the two in step. */
class JdbcQuickStartTest {

  @Test
  void quickStart(@TempDir Path dir) {
    Path file = dir.resolve("crm");
    // --- README JDBC example: begin
    try (JdbcDatabase db = JdbcDatabase.h2File(file).migrate()) {     // or JdbcDatabase.open(url, user, password)
      JdbcClientbase crm = JdbcClientbase.on(db);                     // every SPI on this database

      Client romashka = Client.builder().id(ClientId.of("c-1")).kind(ClientKind.LEGAL_ENTITY)
          .name("Ромашка").createdOn(LocalDate.of(2026, 1, 15)).build();
      crm.unitOfWork().execute(() -> {                                // one transaction
        crm.clientStore().insert(romashka);
        crm.paymentStore().insert(Payment.of(PaymentId.of("pay-1"), romashka.id(),
            LocalDate.of(2026, 2, 1), Money.of("15000.00", "RUB")));
        return null;
      });

      List<Payment> payments = crm.paymentStore()                    // one query for a batch of clients
          .findByClients(List.of(ClientId.of("c-1"), ClientId.of("c-2")));
      // --- README JDBC example: end
      assertThat(payments).hasSize(1);
      assertThat(crm.clientStore().find(ClientId.of("c-1"))).isPresent();
    }
  }
}
