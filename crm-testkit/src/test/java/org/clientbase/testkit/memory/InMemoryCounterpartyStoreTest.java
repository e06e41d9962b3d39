package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryCounterpartyStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.testkit.contract.CounterpartyStoreContract;

class InMemoryCounterpartyStoreTest extends CounterpartyStoreContract {
  @Override
  protected CounterpartyStore newStore() {
    return new InMemoryCounterpartyStore();
  }
}
