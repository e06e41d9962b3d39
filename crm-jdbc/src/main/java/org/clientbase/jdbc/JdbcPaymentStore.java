package org.clientbase.jdbc;

import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.PaymentId;
import org.clientbase.spi.store.PaymentStore;

/**
 * A {@link PaymentStore} on table {@code payment}: amount and currency in typed columns,
 * {@link #findByClients} on the index {@code (client_id, paid_on, id)}.
 */
public final class JdbcPaymentStore extends JdbcDatedAmountStore<PaymentId, Payment> implements PaymentStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcPaymentStore(JdbcDatabase db) {
    super(db, "Payment", "payment", "paid_on", PaymentId::of);
  }

  @Override
  DatedAmount<PaymentId> parts(Payment payment) {
    return new DatedAmount<>(payment.id(), payment.client(), payment.date(), payment.amount(),
        payment.counterparty(), payment.document());
  }

  @Override
  Payment fact(DatedAmount<PaymentId> parts) {
    return Payment.builder().id(parts.id()).client(parts.client()).date(parts.date()).amount(parts.amount())
        .counterparty(parts.counterparty()).document(parts.document()).build();
  }
}
