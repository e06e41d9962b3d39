package org.clientbase.memory;

import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ContactPersonHistoryStore;

/** An in-memory {@link ContactPersonHistoryStore}. Thread-safe. */
public final class InMemoryContactPersonHistoryStore
    extends InMemoryCardHistoryStore<ContactPersonId, ContactPerson> implements ContactPersonHistoryStore {

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryContactPersonHistoryStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its appends take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryContactPersonHistoryStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("ContactPerson", "ContactPersonHistoryStore", unitOfWork, faults);
  }
}
