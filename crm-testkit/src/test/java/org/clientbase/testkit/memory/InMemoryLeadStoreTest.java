package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryLeadStore;
import org.clientbase.spi.store.LeadStore;
import org.clientbase.testkit.contract.LeadStoreContract;

class InMemoryLeadStoreTest extends LeadStoreContract {
  @Override
  protected LeadStore newStore() {
    return new InMemoryLeadStore();
  }
}
