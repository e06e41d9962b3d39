package org.clientbase.testkit.contract;

import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.spi.store.ShipmentStore;

/**
 * The contract of a {@link ShipmentStore}: everything {@link ClientFactStoreContract} checks,
 * with shipments ordered by their date. Extend it and implement {@link #newStore()}.
 */
public abstract class ShipmentStoreContract
    extends ClientFactStoreContract<ShipmentId, Shipment, ShipmentStore> {

  /** Creates the contract; called by the host's test class. */
  protected ShipmentStoreContract() {}

  @Override
  protected final Shipment fact(String id, ClientId client, int day) {
    return ContractFixtures.shipment(id, client, day);
  }

  @Override
  protected final ShipmentId idOf(Shipment record) {
    return record.id();
  }

  @Override
  protected final ShipmentId id(String text) {
    return ShipmentId.of(text);
  }
}
