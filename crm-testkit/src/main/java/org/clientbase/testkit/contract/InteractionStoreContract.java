package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.store.InteractionStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link InteractionStore}: everything {@link ClientFactStoreContract}
 * checks, with interactions ordered by their start and interactions with a lead only left out
 * of {@code findByClients}; and {@link InteractionStore#findByLead} returns the interactions
 * that reference a lead in id order and follows updates. Extend it and implement
 * {@link #newStore()}.
 */
public abstract class InteractionStoreContract
    extends ClientFactStoreContract<InteractionId, Interaction, InteractionStore> {

  /** Creates the contract; called by the host's test class. */
  protected InteractionStoreContract() {}

  @Override
  protected final Interaction fact(String id, ClientId client, int day) {
    return ContractFixtures.interaction(id, client, day);
  }

  @Override
  protected final Optional<Interaction> factWithoutClient(String id) {
    return Optional.of(ContractFixtures.leadInteraction(id, LeadId.of("l-contract"), 0));
  }

  @Override
  protected final InteractionId idOf(Interaction record) {
    return record.id();
  }

  @Override
  protected final InteractionId id(String text) {
    return InteractionId.of(text);
  }

  @Test
  void findByLeadReturnsTheInteractionsReferencingTheLeadInIdOrder() {
    LeadId lead = LeadId.of("l-1");
    store().insert(ContractFixtures.leadInteraction("e-2", lead, 1));
    store().insert(ContractFixtures.leadInteraction("e-10", lead, 5));
    store().insert(ContractFixtures.leadInteraction("e-3", LeadId.of("l-2"), 1));
    store().insert(ContractFixtures.interaction("e-4", ClientId.of("c-1"), 1));
    assertThat(store().findByLead(lead)).extracting(Interaction::id)
        .containsExactly(InteractionId.of("e-10"), InteractionId.of("e-2"));
    assertThat(store().findByLead(LeadId.of("l-9"))).isEmpty();
  }

  @Test
  void findByLeadFollowsAnInteractionRewrittenFromTheLeadToAClient() {
    LeadId lead = LeadId.of("l-1");
    Interaction interaction = ContractFixtures.leadInteraction("e-1", lead, 1);
    store().insert(interaction);
    Interaction rewritten = Interaction.builder().from(interaction).lead(Optional.empty())
        .client(ClientId.of("c-1")).build();
    store().update(rewritten, 1);
    assertThat(store().findByLead(lead)).isEmpty();
    assertThat(store().findByClients(List.of(ClientId.of("c-1")))).containsExactly(rewritten);
  }
}
