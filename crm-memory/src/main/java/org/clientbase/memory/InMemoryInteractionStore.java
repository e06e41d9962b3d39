package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.store.InteractionStore;

/**
 * An in-memory {@link InteractionStore}, indexed by client and lead; {@link #findByClients} returns
 * the interactions whose {@link Interaction#client()} is one of the clients, ordered by client,
 * start and id. Thread-safe.
 */
public final class InMemoryInteractionStore extends InMemoryClientFactStore<InteractionId, Interaction>
    implements InteractionStore {
  private final Index<LeadId> byLead;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryInteractionStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryInteractionStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Interaction", "InteractionStore",
        Interaction::id, Interaction::client, Interaction::start, unitOfWork, faults);
    byLead = index(i -> i.lead().map(List::of).orElse(List.of()));
  }

  @Override
  public List<Interaction> findByLead(LeadId lead) {
    beforeRead("findByLead");
    return byLead.find(lead);
  }
}
