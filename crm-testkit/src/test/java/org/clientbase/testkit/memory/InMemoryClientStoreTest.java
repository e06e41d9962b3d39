package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryClientStore;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.testkit.contract.ClientStoreContract;

class InMemoryClientStoreTest extends ClientStoreContract {
  @Override
  protected ClientStore newStore() {
    return new InMemoryClientStore();
  }
}
