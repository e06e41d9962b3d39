package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.store.InterestStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link InterestStore}: everything {@link ClientFactStoreContract} checks,
 * with interests ordered by their opening date and interests with a lead only left out of
 * {@code findByClients}; and {@link InterestStore#findByLead} returns the interests with a
 * lead in id order and follows updates. Extend it and implement {@link #newStore()}.
 */
public abstract class InterestStoreContract
    extends ClientFactStoreContract<InterestId, Interest, InterestStore> {

  /** Creates the contract; called by the host's test class. */
  protected InterestStoreContract() {}

  @Override
  protected final Interest fact(String id, ClientId client, int day) {
    return ContractFixtures.interest(id, client, day);
  }

  @Override
  protected final Optional<Interest> factWithoutClient(String id) {
    return Optional.of(ContractFixtures.leadInterest(id, LeadId.of("l-contract"), 0));
  }

  @Override
  protected final InterestId idOf(Interest record) {
    return record.id();
  }

  @Override
  protected final InterestId id(String text) {
    return InterestId.of(text);
  }

  @Test
  void findByLeadReturnsTheLeadsInterestsInIdOrder() {
    LeadId lead = LeadId.of("l-1");
    store().insert(ContractFixtures.leadInterest("i-2", lead, 1));
    store().insert(ContractFixtures.leadInterest("i-10", lead, 5));
    store().insert(ContractFixtures.leadInterest("i-3", LeadId.of("l-2"), 1));
    store().insert(ContractFixtures.interest("i-4", ClientId.of("c-1"), 1));
    assertThat(store().findByLead(lead)).extracting(Interest::id)
        .containsExactly(InterestId.of("i-10"), InterestId.of("i-2"));
    assertThat(store().findByLead(LeadId.of("l-9"))).isEmpty();
  }

  @Test
  void findByLeadFollowsAnInterestMovedFromTheLeadToAClient() {
    LeadId lead = LeadId.of("l-1");
    Interest interest = ContractFixtures.leadInterest("i-1", lead, 1);
    store().insert(interest);
    Interest converted = Interest.builder().from(interest).lead(Optional.empty())
        .client(ClientId.of("c-1")).build();
    store().update(converted, 1);
    assertThat(store().findByLead(lead)).isEmpty();
    assertThat(store().findByClients(java.util.List.of(ClientId.of("c-1")))).containsExactly(converted);
  }
}
