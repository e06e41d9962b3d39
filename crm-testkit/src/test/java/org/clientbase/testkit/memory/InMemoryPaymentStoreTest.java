package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryPaymentStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.testkit.contract.PaymentStoreContract;

class InMemoryPaymentStoreTest extends PaymentStoreContract {
  @Override
  protected PaymentStore newStore() {
    return new InMemoryPaymentStore();
  }
}
