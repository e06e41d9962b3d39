package org.clientbase.examples.jdbc;

import static org.clientbase.examples.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.spi.store.PaymentStore;

/**
 * A {@link PaymentStore} on table {@code payment}: amount and currency in typed columns,
 * {@link #findByClients} on the index {@code (client_id, paid_on, id)}.
 */
public final class JdbcPaymentStore extends JdbcRecordStore<PaymentId, Payment> implements PaymentStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcPaymentStore(JdbcDatabase db) {
    super(db, "Payment", "payment", List.of(
        plain("client_id"), plain("paid_on"), plain("amount"), plain("currency"), plain("counterparty_id"),
        plain("document")), List.of());
  }

  @Override
  PaymentId idOf(Payment payment) {
    return payment.id();
  }

  @Override
  void bind(Sql.Params params, Payment payment) throws SQLException {
    params.id(payment.client()).date(payment.date()).money(payment.amount()).id(payment.counterparty())
        .text(payment.document());
  }

  @Override
  Payment read(Sql.Row row) throws SQLException {
    return Payment.builder()
        .id(row.id("id", PaymentId::of))
        .client(row.id("client_id", ClientId::of))
        .date(row.date("paid_on"))
        .amount(row.money("amount", "currency"))
        .counterparty(row.optId("counterparty_id", CounterpartyId::of))
        .document(row.optText("document"))
        .build();
  }

  @Override
  public List<Payment> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, "client_id, paid_on, id");
  }
}
