package org.clientbase.memory;

import java.util.List;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.store.InterestStore;

/**
 * An in-memory {@link InterestStore}, indexed by client and lead; {@link #findByClients} returns
 * the interests with a client, ordered by client, opening date and id. Thread-safe.
 */
public final class InMemoryInterestStore extends InMemoryClientFactStore<InterestId, Interest>
    implements InterestStore {
  private final Index<LeadId> byLead;

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryInterestStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryInterestStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("Interest", "InterestStore",
        Interest::id, Interest::client, Interest::openedOn, unitOfWork, faults);
    byLead = index(i -> i.lead().map(List::of).orElse(List.of()));
  }

  @Override
  public List<Interest> findByLead(LeadId lead) {
    beforeRead("findByLead");
    return byLead.find(lead);
  }
}
