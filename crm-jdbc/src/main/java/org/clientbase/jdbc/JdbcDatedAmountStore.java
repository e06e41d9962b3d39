package org.clientbase.jdbc;

import static org.clientbase.jdbc.JdbcRecordStore.Column.plain;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.money.Money;

/**
 * What the payment and shipment stores share: a client's dated amount in a table with the
 * columns {@code client_id}, the date, {@code amount}, {@code currency}, {@code counterparty_id}
 * and {@code document}, found by client on the index {@code (client_id, <date>, id)}. A store
 * says only how its fact is taken apart into a {@link DatedAmount} and put together again.
 *
 * @param <I> the fact's id type
 * @param <F> the fact type
 */
abstract class JdbcDatedAmountStore<I extends EntityId, F> extends JdbcRecordStore<I, F> {
  /**
   * The parts of a fact, in the order of its columns.
   *
   * @param id the fact's id
   * @param client the client
   * @param date the day of the fact
   * @param amount the amount
   * @param counterparty the counterparty, if known
   * @param document the host's document reference, if any
   */
  record DatedAmount<I>(I id, ClientId client, LocalDate date, Money amount,
      Optional<CounterpartyId> counterparty, Optional<String> document) {}

  private final String dateColumn;
  private final Function<String, I> ids;
  private final String clientOrder;

  JdbcDatedAmountStore(JdbcDatabase db, String recordName, String table, String dateColumn, Function<String, I> ids) {
    super(db, recordName, table, List.of(
        plain("client_id"), plain(dateColumn), plain("amount"), plain("currency"), plain("counterparty_id"),
        plain("document")), List.of());
    this.dateColumn = dateColumn;
    this.ids = ids;
    this.clientOrder = "client_id, " + dateColumn + ", id";
  }

  /** Takes a fact apart. */
  abstract DatedAmount<I> parts(F fact);

  /** Puts a fact together. */
  abstract F fact(DatedAmount<I> parts);

  @Override
  final I idOf(F fact) {
    return parts(fact).id();
  }

  @Override
  final void bind(Sql.Params params, F fact) throws SQLException {
    DatedAmount<I> parts = parts(fact);
    params.id(parts.client()).date(parts.date()).money(parts.amount()).id(parts.counterparty())
        .text(parts.document());
  }

  @Override
  final F read(Sql.Row row) throws SQLException {
    return fact(new DatedAmount<>(
        row.id("id", ids),
        row.id("client_id", ClientId::of),
        row.date(dateColumn),
        row.money("amount", "currency"),
        row.optId("counterparty_id", CounterpartyId::of),
        row.optText("document")));
  }

  /**
   * Returns the facts of the given clients, by client, day and id.
   *
   * @param clients the clients
   * @return their facts
   */
  public final List<F> findByClients(Collection<ClientId> clients) {
    return findByClientIds("findByClients", clients, clientOrder);
  }

  /**
   * Returns the facts of one page of clients, by client, day and id: on PostgreSQL one range
   * of the index on {@code client_id}.
   *
   * @param page the clients of one page of the client store, in id order
   * @return their facts
   */
  public final List<F> findByClientPage(List<ClientId> page) {
    return findByClientPage("findByClientPage", page, clientOrder);
  }
}
