package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.testkit.contract.ContractFixtures.BRANCH_KPP;
import static org.clientbase.testkit.contract.ContractFixtures.INN;
import static org.clientbase.testkit.contract.ContractFixtures.KPP;
import static org.clientbase.testkit.contract.ContractFixtures.OTHER_INN;
import static org.clientbase.testkit.contract.ContractFixtures.SOLE_PROPRIETOR_INN;

import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.tax.Inn;
import org.clientbase.spi.store.CounterpartyStore;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link CounterpartyStore}: everything {@link RecordStoreContract} checks,
 * and {@code findByInn} returns every counterparty with an INN (an organisation's branches
 * share one INN and differ by KPP) and {@code findByClient} every counterparty of a client,
 * both in id order and following updates. Extend it and implement {@link #newStore()}.
 *
 * <p>Checks that {@link CounterpartyStore#findByClients}, the batch read, keeps the guarantees
 * of {@link org.clientbase.spi.store.ClientFactStore#findByClients} with the counterparty id in
 * the place of the fact's date:
 * <ul>
 *   <li>orders by client id text (so {@code c-10} comes before {@code c-2}), then by
 *       counterparty id text;</li>
 *   <li>returns exactly the counterparties of the clients asked for, each once, also when a
 *       client is asked for twice; nothing for unknown clients or an empty collection;</li>
 *   <li>sees updates at once: a counterparty moved to another client is found under its new
 *       client only;</li>
 *   <li>for a batch, gives what one {@code findByClient} per client would give, in client id
 *       order.</li>
 * </ul>
 */
public abstract class CounterpartyStoreContract
    extends RecordStoreContract<CounterpartyId, Counterparty, CounterpartyStore> {

  /** Creates the contract; called by the host's test class. */
  protected CounterpartyStoreContract() {}

  @Override
  protected final Counterparty record(String id, int variant) {
    return ContractFixtures.counterparty(id, ClientId.of("c-contract"), variant);
  }

  @Override
  protected final CounterpartyId idOf(Counterparty record) {
    return record.id();
  }

  @Override
  protected final CounterpartyId id(String text) {
    return CounterpartyId.of(text);
  }

  @Test
  void findByInnReturnsEveryBranchInIdOrder() {
    ClientId client = ClientId.of("c-1");
    store().insert(ContractFixtures.counterparty("k-2", client, INN, KPP, "ПАО Сбербанк"));
    store().insert(ContractFixtures.counterparty("k-10", client, INN, BRANCH_KPP, "ПАО Сбербанк, филиал"));
    store().insert(ContractFixtures.counterparty("k-3", client, OTHER_INN, KPP, "АО «Другое»"));
    store().insert(ContractFixtures.soleProprietor("k-4", client));
    assertThat(store().findByInn(Inn.of(INN))).extracting(Counterparty::id)
        .containsExactly(CounterpartyId.of("k-10"), CounterpartyId.of("k-2"));
    assertThat(store().findByInn(Inn.of(SOLE_PROPRIETOR_INN))).extracting(Counterparty::id)
        .containsExactly(CounterpartyId.of("k-4"));
    assertThat(store().findByInn(Inn.of("7702070139"))).isEmpty();
  }

  @Test
  void findByClientReturnsTheClientsCounterpartiesInIdOrder() {
    store().insert(ContractFixtures.counterparty("k-2", ClientId.of("c-1"), 0));
    store().insert(ContractFixtures.soleProprietor("k-10", ClientId.of("c-1")));
    store().insert(ContractFixtures.counterparty("k-3", ClientId.of("c-2"), 0));
    assertThat(store().findByClient(ClientId.of("c-1"))).extracting(Counterparty::id)
        .containsExactly(CounterpartyId.of("k-10"), CounterpartyId.of("k-2"));
    assertThat(store().findByClient(ClientId.of("c-9"))).isEmpty();
  }

  @Test
  void queriesFollowUpdates() {
    store().insert(ContractFixtures.counterparty("k-1", ClientId.of("c-1"), INN, KPP, "ООО «Ромашка»"));
    store().update(ContractFixtures.counterparty("k-1", ClientId.of("c-2"), OTHER_INN, KPP, "ООО «Ромашка»"), 1);
    assertThat(store().findByInn(Inn.of(INN))).isEmpty();
    assertThat(store().findByClient(ClientId.of("c-1"))).isEmpty();
    assertThat(store().findByInn(Inn.of(OTHER_INN))).extracting(Counterparty::id)
        .containsExactly(CounterpartyId.of("k-1"));
    assertThat(store().findByClient(ClientId.of("c-2"))).extracting(Counterparty::id)
        .containsExactly(CounterpartyId.of("k-1"));
  }

  private static List<String> ids(List<Counterparty> counterparties) {
    return counterparties.stream().map(k -> k.id().value()).toList();
  }

  @Test
  void findByClientsOrdersByClientIdTextThenCounterpartyIdText() {
    ClientId c1 = ClientId.of("c-1");
    ClientId c2 = ClientId.of("c-2");
    ClientId c10 = ClientId.of("c-10");
    store().insert(ContractFixtures.counterparty("k-1", c2, 0));
    store().insert(ContractFixtures.counterparty("k-2", c10, 0));
    store().insert(ContractFixtures.counterparty("k-3", c1, 0));
    store().insert(ContractFixtures.soleProprietor("k-10", c1));
    store().insert(ContractFixtures.counterparty("k-4", c2, 1));
    store().insert(ContractFixtures.counterparty("k-5", ClientId.of("c-3"), 0));
    assertThat(ids(store().findByClients(List.of(c2, c1, c10))))
        .containsExactly("k-10", "k-3", "k-2", "k-1", "k-4");
  }

  @Test
  void findByClientsReturnsNothingForUnknownClientsOrNoClients() {
    store().insert(ContractFixtures.counterparty("k-1", ClientId.of("c-1"), 0));
    assertThat(store().findByClients(List.of(ClientId.of("c-9")))).isEmpty();
    assertThat(store().findByClients(List.of())).isEmpty();
  }

  @Test
  void findByClientsListsEachCounterpartyOnceWhenAClientIsRepeated() {
    ClientId c1 = ClientId.of("c-1");
    store().insert(ContractFixtures.counterparty("k-1", c1, 0));
    store().insert(ContractFixtures.soleProprietor("k-2", c1));
    assertThat(ids(store().findByClients(List.of(c1, c1, c1)))).containsExactly("k-1", "k-2");
  }

  @Test
  void findByClientsSeesACounterpartyMovedToAnotherClient() {
    ClientId c1 = ClientId.of("c-1");
    ClientId c2 = ClientId.of("c-2");
    store().insert(ContractFixtures.counterparty("k-1", c1, 0));
    store().insert(ContractFixtures.counterparty("k-2", c1, 0));
    store().insert(ContractFixtures.counterparty("k-3", c2, 0));
    store().update(ContractFixtures.counterparty("k-1", c2, 1), 1);
    assertThat(ids(store().findByClients(List.of(c1)))).containsExactly("k-2");
    assertThat(ids(store().findByClients(List.of(c2)))).containsExactly("k-1", "k-3");
    assertThat(ids(store().findByClients(List.of(c2, c1)))).containsExactly("k-2", "k-1", "k-3");
  }

  @Test
  void findByClientsGivesABatchWhatOneFindByClientPerClientGives() {
    List<ClientId> asked = new ArrayList<>();
    for (int c = 1; c <= 30; c++) {
      ClientId client = ClientId.of("c-" + c);
      if (c % 3 != 0) {
        asked.add(client);
      }
      for (int k = 0; k < c % 4; k++) {
        store().insert(ContractFixtures.counterparty("k-" + c + "-" + k, client, k));
      }
    }
    List<Counterparty> oneByOne = new ArrayList<>();
    asked.stream().map(ClientId::value).sorted().forEach(c -> oneByOne.addAll(store().findByClient(ClientId.of(c))));
    assertThat(oneByOne).hasSize(28);
    assertThat(store().findByClients(asked)).containsExactlyElementsOf(oneByOne);
  }
}
