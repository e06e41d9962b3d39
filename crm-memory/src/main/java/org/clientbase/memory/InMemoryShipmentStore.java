package org.clientbase.memory;

import java.util.Optional;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.spi.store.ShipmentStore;

/**
 * An in-memory {@link ShipmentStore}; {@link #findByClients} orders by client, shipment date and
 * id. Thread-safe.
 */
public final class InMemoryShipmentStore extends InMemoryClientFactStore<ShipmentId, Shipment>
    implements ShipmentStore {

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryShipmentStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryShipmentStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Shipment", "ShipmentStore",
        Shipment::id, s -> Optional.of(s.client()), Shipment::date, unitOfWork, faults);
  }
}
