package org.clientbase.spi.store;

import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ShipmentId;

/**
 * Stores shipments to clients.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface ShipmentStore extends ClientFactStore<ShipmentId, Shipment> {

}
