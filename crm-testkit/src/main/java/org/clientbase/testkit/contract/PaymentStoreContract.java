package org.clientbase.testkit.contract;

import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.spi.store.PaymentStore;

/**
 * The contract of a {@link PaymentStore}: everything {@link ClientFactStoreContract} checks,
 * with payments ordered by their date. Extend it and implement {@link #newStore()}.
 */
public abstract class PaymentStoreContract
    extends ClientFactStoreContract<PaymentId, Payment, PaymentStore> {

  /** Creates the contract; called by the host's test class. */
  protected PaymentStoreContract() {}

  @Override
  protected final Payment fact(String id, ClientId client, int day) {
    return ContractFixtures.payment(id, client, day);
  }

  @Override
  protected final PaymentId idOf(Payment record) {
    return record.id();
  }

  @Override
  protected final PaymentId id(String text) {
    return PaymentId.of(text);
  }
}
