package org.clientbase.testkit.memory;

import org.clientbase.memory.InMemoryShipmentStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.testkit.contract.ShipmentStoreContract;

class InMemoryShipmentStoreTest extends ShipmentStoreContract {
  @Override
  protected ShipmentStore newStore() {
    return new InMemoryShipmentStore();
  }
}
