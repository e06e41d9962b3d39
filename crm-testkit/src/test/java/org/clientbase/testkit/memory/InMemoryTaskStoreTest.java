package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryTaskStore;
import org.clientbase.spi.store.TaskStore;
import org.clientbase.testkit.contract.TaskStoreContract;

class InMemoryTaskStoreTest extends TaskStoreContract {
  @Override
  protected TaskStore newStore() {
    return new InMemoryTaskStore();
  }
}
