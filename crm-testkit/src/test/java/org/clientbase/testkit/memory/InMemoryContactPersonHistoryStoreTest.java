package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryContactPersonHistoryStore;
import org.clientbase.spi.store.ContactPersonHistoryStore;
import org.clientbase.testkit.contract.ContactPersonHistoryStoreContract;

class InMemoryContactPersonHistoryStoreTest extends ContactPersonHistoryStoreContract {
  @Override
  protected ContactPersonHistoryStore newStore() {
    return new InMemoryContactPersonHistoryStore();
  }
}
