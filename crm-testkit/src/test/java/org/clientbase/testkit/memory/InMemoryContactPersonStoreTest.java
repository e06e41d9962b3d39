package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryContactPersonStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.testkit.contract.ContactPersonStoreContract;

class InMemoryContactPersonStoreTest extends ContactPersonStoreContract {
  @Override
  protected ContactPersonStore newStore() {
    return new InMemoryContactPersonStore();
  }
}
