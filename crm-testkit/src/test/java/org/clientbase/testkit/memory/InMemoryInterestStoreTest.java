package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryInterestStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.testkit.contract.InterestStoreContract;

class InMemoryInterestStoreTest extends InterestStoreContract {
  @Override
  protected InterestStore newStore() {
    return new InMemoryInterestStore();
  }
}
