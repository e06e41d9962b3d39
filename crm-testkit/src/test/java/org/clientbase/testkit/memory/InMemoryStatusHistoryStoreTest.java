package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryStatusHistoryStore;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.testkit.contract.StatusHistoryStoreContract;

class InMemoryStatusHistoryStoreTest extends StatusHistoryStoreContract {
  @Override
  protected StatusHistoryStore newStore() {
    return new InMemoryStatusHistoryStore();
  }
}
