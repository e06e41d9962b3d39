package org.clientbase.spi.store;

import java.util.Collection;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.EntityId;

/**
 * A store of dated facts about clients (payments, shipments, interests, interactions, tasks)
 * that batch work reads for many clients at once.
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 *
 * @param <I> the id type of the facts
 * @param <T> the fact type
 */
public interface ClientFactStore<I extends EntityId, T> extends RecordStore<I, T>, ClientFacts<T> {

  /**
   * Returns every fact about the given clients in one call, so that batch work makes one read
   * per batch of clients rather than one per client.
   *
   * @param clients the clients
   * @return the facts, ordered by client id text, then by the fact's date, then by fact id
   *     text; each fact once, even if its client is listed twice
   */
  @Override
  List<T> findByClients(Collection<ClientId> clients);
}
