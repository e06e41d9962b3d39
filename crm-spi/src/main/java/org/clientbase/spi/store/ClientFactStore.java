package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;

/**
 * A store of dated facts about clients (payments, shipments, interests, interactions, tasks)
 * that batch work reads for many clients at once.
 *
 * @param <I> the id type of the facts
 * @param <T> the fact type
 */
public interface ClientFactStore<I extends EntityId, T> extends RecordStore<I, T> {

  /**
   * Returns every fact about the given clients in one call, so that batch work makes one read
   * per batch of clients rather than one per client.
   *
   * @param clients the clients
   * @return the facts, ordered by client id text, then by the fact's date, then by fact id
   *     text; each fact once, even if its client is listed twice
   */
  List<T> findByClients(Collection<ClientId> clients);
}
