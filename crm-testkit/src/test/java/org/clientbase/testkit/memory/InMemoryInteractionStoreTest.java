package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryInteractionStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.testkit.contract.InteractionStoreContract;

class InMemoryInteractionStoreTest extends InteractionStoreContract {
  @Override
  protected InteractionStore newStore() {
    return new InMemoryInteractionStore();
  }
}
