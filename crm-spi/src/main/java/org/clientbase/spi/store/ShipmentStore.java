package org.clientbase.spi.store;

import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ShipmentId;

/**
 * Stores shipments to clients.
 */
public interface ShipmentStore extends ClientFactStore<ShipmentId, Shipment> {

}
