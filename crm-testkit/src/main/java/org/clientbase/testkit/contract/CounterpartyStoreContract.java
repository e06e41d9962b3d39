package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientbase.testkit.contract.ContractFixtures.BRANCH_KPP;
import static org.clientbase.testkit.contract.ContractFixtures.INN;
import static org.clientbase.testkit.contract.ContractFixtures.KPP;
import static org.clientbase.testkit.contract.ContractFixtures.OTHER_INN;
import static org.clientbase.testkit.contract.ContractFixtures.SOLE_PROPRIETOR_INN;

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
}
