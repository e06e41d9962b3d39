package org.clientbase.testkit.contract;

import org.clientbase.core.client.Client;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.store.ClientHistoryStore;

/**
 * The contract of a {@link ClientHistoryStore}: everything {@link CardHistoryStoreContract}
 * checks, over client cards. Extend it and implement {@link #newStore()}.
 */
public abstract class ClientHistoryStoreContract
    extends CardHistoryStoreContract<ClientId, Client, ClientHistoryStore> {

  /** Creates the contract; called by the host's test class. */
  protected ClientHistoryStoreContract() {}

  @Override
  protected final Client card(String id, int variant) {
    return ContractFixtures.client(id, variant);
  }

  @Override
  protected final ClientId id(String text) {
    return ClientId.of(text);
  }

  @Override
  protected final CardDiff<Client> diff(Client before, Client after) {
    return CardDiff.between(before, after);
  }
}
