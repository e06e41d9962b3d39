package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryClientHistoryStore;
import org.clientbase.memory.InMemoryUnitOfWork;
import org.clientbase.memory.InjectedFailure;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.ClientHistoryStore;
import org.clientbase.spi.store.RevisionKind;
import org.clientbase.testkit.contract.ClientHistoryStoreContract;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class InMemoryClientHistoryStoreTest extends ClientHistoryStoreContract {
  @Override
  protected ClientHistoryStore newStore() {
    return new InMemoryClientHistoryStore();
  }

  private static CardRevision<Client> creation(String id) {
    Client card = ContractFixtures.client(id, 0);
    return new CardRevision<>(card.id(), 1, Instant.parse("2026-01-01T09:00:00Z"),
        Optional.of(UserId.of("m-1")), RevisionKind.CREATED, 1, CardDiff.between(card, card), Optional.of(card));
  }

  @Test
  void anAppendInsideAFailedUnitOfWorkIsUndone() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    InMemoryClientHistoryStore store = new InMemoryClientHistoryStore(unitOfWork, new FaultInjector());
    assertThatThrownBy(() -> unitOfWork.execute(() -> {
      store.append(ClientId.of("c-1"), creation("c-1"));
      throw new IllegalStateException("host failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.revisions(ClientId.of("c-1"))).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void anInjectedFailureWritesNothing() {
    FaultInjector faults = new FaultInjector();
    InMemoryClientHistoryStore store = new InMemoryClientHistoryStore(new InMemoryUnitOfWork(), faults);
    faults.arm(FailurePlan.atCall(1).writesOnly());
    assertThatThrownBy(() -> store.append(ClientId.of("c-1"), creation("c-1"))).isInstanceOf(InjectedFailure.class);
    faults.disarm();
    assertThat(store.all()).isEmpty();
  }
}
