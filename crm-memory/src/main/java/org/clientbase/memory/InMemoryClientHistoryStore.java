package org.clientbase.memory;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.store.ClientHistoryStore;

/** An in-memory {@link ClientHistoryStore}. Thread-safe. */
public final class InMemoryClientHistoryStore extends InMemoryCardHistoryStore<ClientId, Client>
    implements ClientHistoryStore {

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryClientHistoryStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its appends take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryClientHistoryStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Client", "ClientHistoryStore", unitOfWork, faults);
  }
}
