package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.json;
import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * A {@link CounterpartyStore} on table {@code counterparty}, indexed by INN and by client;
 * {@link #findByClients} is one query per batch on the index {@code (client_id, id)}.
 */
public final class JdbcCounterpartyStore extends JdbcRecordStore<CounterpartyId, Counterparty>
    implements CounterpartyStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcCounterpartyStore(JdbcDatabase db) {
    super(db, "Counterparty", "counterparty", List.of(
        plain("client_id"), plain("legal_name"), plain("inn"), plain("kpp"), plain("ogrn"), json("legal_address")),
        List.of());
  }

  @Override
  CounterpartyId idOf(Counterparty counterparty) {
    return counterparty.id();
  }

  @Override
  void bind(Sql.Params params, Counterparty counterparty) throws SQLException {
    params.id(counterparty.client()).text(counterparty.legalName()).text(counterparty.inn().value())
        .text(counterparty.kpp().map(Kpp::value)).text(counterparty.ogrn().map(Ogrn::value))
        .json(CardJson.address(counterparty.legalAddress()));
  }

  @Override
  Counterparty read(Sql.Row row) throws SQLException {
    return Counterparty.builder()
        .id(row.id("id", CounterpartyId::of))
        .client(row.id("client_id", ClientId::of))
        .legalName(row.text("legal_name"))
        .inn(Inn.of(row.text("inn")))
        .kpp(row.optText("kpp").map(Kpp::of))
        .ogrn(row.optText("ogrn").map(Ogrn::of))
        .legalAddress(CardJson.readAddress(row.optText("legal_address")))
        .build();
  }

  @Override
  public List<Counterparty> findByInn(Inn inn) {
    return query("findByInn", "WHERE inn = ? ORDER BY id", p -> p.text(inn.value()));
  }

  @Override
  public List<Counterparty> findByClient(ClientId client) {
    return query("findByClient", "WHERE client_id = ? ORDER BY id", p -> p.id(client));
  }

  @Override
  public List<Counterparty> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, "client_id, id");
  }
}
