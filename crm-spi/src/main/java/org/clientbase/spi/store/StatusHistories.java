package org.clientbase.spi.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.id.ClientId;

/**
 * The read side of the status history: one client's history, the histories of a page of
 * clients, and all histories in client id order for reports. {@link StatusHistoryStore} adds
 * the writes.
 *
 * <p><b>Threads.</b> Batch work calls every method from several threads at once; an
 * implementation must be safe for that. A read sees every append that returned before it, and
 * never a history half-way through an append.
 */
public interface StatusHistories {

  /**
   * Returns a client's history.
   *
   * @param client the client
   * @return the history; {@link ClientStatusHistory#empty} at version 0 if nothing is recorded
   */
  ClientStatusHistory history(ClientId client);

  /**
   * Returns the histories of many clients in one call. The default calls {@link #history} for
   * each client; a host on a database overrides it with one query.
   *
   * @param clients the clients
   * @return a history for every client asked for (empty ones at version 0)
   */
  default Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
    Map<ClientId, ClientStatusHistory> all = new LinkedHashMap<>();
    for (ClientId client : Objects.requireNonNull(clients, "clients")) {
      all.computeIfAbsent(client, this::history);
    }
    return all;
  }

  /**
   * Returns where the histories of many clients end: each one's latest entry, number of
   * entries, evaluated date and version, without the entries before the latest. The status
   * batches read these instead of whole histories. The default asks {@link #histories}; a host
   * on a database overrides it with one query that reads a single entry per client.
   *
   * @param clients the clients
   * @return the end of the history of every client asked for ({@link StatusHistoryEnd#empty} at
   *     version 0 if nothing is recorded), agreeing with what {@link #histories} returns
   */
  default Map<ClientId, StatusHistoryEnd> historyEnds(Collection<ClientId> clients) {
    Map<ClientId, StatusHistoryEnd> ends = new LinkedHashMap<>();
    histories(clients).forEach((client, history) -> ends.put(client, StatusHistoryEnd.of(history)));
    return ends;
  }

  /**
   * Returns a page of histories in client id order, for reports over the whole base: the one
   * method of paging a host implements. Clients without any entry may be left out.
   *
   * @param request the first page, or the page after a client, and the largest number of
   *     histories to return
   * @return up to {@code request.limit()} histories in client id order, of clients after
   *     {@code request.after()}
   */
  List<ClientStatusHistory> page(PageRequest<ClientId> request);

  /**
   * Returns the first histories in client id order. The default asks
   * {@link #page(PageRequest)}.
   *
   * @param limit the largest number of histories to return, at least 1
   * @return up to {@code limit} histories in client id order
   */
  default List<ClientStatusHistory> page(int limit) {
    return page(PageRequest.<ClientId>first(limit));
  }

  /**
   * Returns histories in client id order after a given client. The default asks
   * {@link #page(PageRequest)}.
   *
   * @param after the last client already seen; need not be recorded
   * @param limit the largest number of histories to return, at least 1
   * @return up to {@code limit} histories in client id order
   */
  default List<ClientStatusHistory> page(ClientId after, int limit) {
    return page(PageRequest.after(after, limit));
  }
}
