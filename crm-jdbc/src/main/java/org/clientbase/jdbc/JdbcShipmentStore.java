package org.clientbase.jdbc;

import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.spi.store.ShipmentStore;

/**
 * A {@link ShipmentStore} on table {@code shipment}: amount and currency in typed columns,
 * {@link #findByClients} on the index {@code (client_id, shipped_on, id)}.
 */
public final class JdbcShipmentStore extends JdbcDatedAmountStore<ShipmentId, Shipment> implements ShipmentStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcShipmentStore(JdbcDatabase db) {
    super(db, "Shipment", "shipment", "shipped_on", ShipmentId::of);
  }

  @Override
  DatedAmount<ShipmentId> parts(Shipment shipment) {
    return new DatedAmount<>(shipment.id(), shipment.client(), shipment.date(), shipment.amount(),
        shipment.counterparty(), shipment.document());
  }

  @Override
  Shipment fact(DatedAmount<ShipmentId> parts) {
    return Shipment.builder().id(parts.id()).client(parts.client()).date(parts.date()).amount(parts.amount())
        .counterparty(parts.counterparty()).document(parts.document()).build();
  }
}
