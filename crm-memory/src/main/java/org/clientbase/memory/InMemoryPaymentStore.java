package org.clientbase.memory;

import java.util.Optional;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.PaymentId;
import org.clientbase.spi.store.PaymentStore;

/**
 * An in-memory {@link PaymentStore}; {@link #findByClients} orders by client, payment date and id.
 * Thread-safe.
 */
public final class InMemoryPaymentStore extends InMemoryClientFactStore<PaymentId, Payment>
    implements PaymentStore {

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryPaymentStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryPaymentStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Payment", "PaymentStore",
        Payment::id, p -> Optional.of(p.client()), Payment::date, unitOfWork, faults);
  }
}
