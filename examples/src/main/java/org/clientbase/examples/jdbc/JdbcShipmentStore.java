package org.clientbase.examples.jdbc;

import static org.clientbase.examples.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.spi.store.ShipmentStore;

/**
 * A {@link ShipmentStore} on table {@code shipment}: amount and currency in typed columns,
 * {@link #findByClients} on the index {@code (client_id, shipped_on, id)}.
 */
public final class JdbcShipmentStore extends JdbcRecordStore<ShipmentId, Shipment> implements ShipmentStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcShipmentStore(JdbcDatabase db) {
    super(db, "Shipment", "shipment", List.of(
        plain("client_id"), plain("shipped_on"), plain("amount"), plain("currency"), plain("counterparty_id"),
        plain("document")), List.of());
  }

  @Override
  ShipmentId idOf(Shipment shipment) {
    return shipment.id();
  }

  @Override
  void bind(Sql.Params params, Shipment shipment) throws SQLException {
    params.id(shipment.client()).date(shipment.date()).money(shipment.amount()).id(shipment.counterparty())
        .text(shipment.document());
  }

  @Override
  Shipment read(Sql.Row row) throws SQLException {
    return Shipment.builder()
        .id(row.id("id", ShipmentId::of))
        .client(row.id("client_id", ClientId::of))
        .date(row.date("shipped_on"))
        .amount(row.money("amount", "currency"))
        .counterparty(row.optId("counterparty_id", CounterpartyId::of))
        .document(row.optText("document"))
        .build();
  }

  @Override
  public List<Shipment> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, "client_id, shipped_on, id");
  }
}
