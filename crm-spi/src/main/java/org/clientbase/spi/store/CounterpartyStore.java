package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;

/**
 * Stores counterparties, the legal entities through which clients contract.
 *
 * <p>Batch work that reads clients a page at a time (the duplicate scan, merges) reads their
 * counterparties with one {@link #findByClients} per page, not one {@link #findByClient} per
 * client. Counterparties are directory records without a date, so the store does not extend
 * {@link ClientFactStore}, whose order puts a fact's date second; {@code findByClients} here
 * gives the same guarantees with the counterparty id in that place.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface CounterpartyStore extends RecordStore<CounterpartyId, Counterparty> {

  /**
   * Finds the counterparties with a taxpayer number (an organisation's branches share one INN
   * and differ by KPP).
   *
   * @param inn the INN
   * @return the counterparties, in id order
   */
  List<Counterparty> findByInn(Inn inn);

  /**
   * Finds the counterparties of a client.
   *
   * @param client the client
   * @return the counterparties, in id order
   */
  List<Counterparty> findByClient(ClientId client);

  /**
   * Returns the counterparties of the given clients in one call, so that batch work makes one
   * read per batch of clients rather than one per client.
   *
   * @param clients the clients; repeats are ignored, clients without counterparties or unknown
   *     to the store add nothing, and an empty collection gives an empty list
   * @return the counterparties, ordered by client id text ({@link String#compareTo}), then by
   *     counterparty id text, so that each client's counterparties come together in the order
   *     {@link #findByClient} gives them; each counterparty once, even if its client is listed
   *     twice
   */
  List<Counterparty> findByClients(Collection<ClientId> clients);
}
