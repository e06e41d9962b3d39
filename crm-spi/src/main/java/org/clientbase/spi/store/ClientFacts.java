package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import org.clientbase.core.id.ClientId;

/**
 * One kind of dated fact about clients (payments, shipments, interests, ...) as batch work
 * reads it: all the facts of a page of clients in one call. A host that wants statuses
 * implements one per kind of fact the rules read, for instance as a lambda over its own query,
 * instead of a whole {@link ClientFactStore}, which extends it.
 *
 * <p><b>Threads.</b> Batch work calls it from several threads at once; an implementation must
 * be safe for that. A read sees every write that returned before it.
 *
 * <pre>{@code
 * ClientFacts<Payment> payments = clients -> ledger.paymentsOf(clients);
 * }</pre>
 *
 * @param <T> the fact type
 */
@FunctionalInterface
public interface ClientFacts<T> {

  /**
   * Returns every fact about the given clients in one call, so that batch work makes one read
   * per page of clients rather than one per client.
   *
   * @param clients the clients
   * @return the facts, ordered by client id text, then by the fact's date, then by fact id
   *     text; each fact once, even if its client is listed twice
   */
  List<T> findByClients(Collection<ClientId> clients);

  /**
   * Returns every fact about the clients of one page of {@link ClientPages#page(PageRequest)} (or
   * of a part of one), as {@link #findByClients} does. The clients are a run of consecutive ids
   * of the client store, so a store that keeps its facts in id order may read them as one range
   * (and drop the facts of clients in the range that were not asked for, such as a client added
   * since the page was read). The status batch calls it for each part of each page it walks. The
   * default calls {@link #findByClients}, so a host that does not override it keeps working.
   *
   * @param page the clients of one page or of a part of one, in id order
   * @return the facts, as {@link #findByClients} returns them
   */
  default List<T> findByClientPage(List<ClientId> page) {
    return findByClients(page);
  }
}
