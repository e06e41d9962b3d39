package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.FaultInjector;
import org.clientbase.memory.InMemoryMatchKeyIndex;
import org.clientbase.memory.InMemoryUnitOfWork;
import org.clientbase.memory.InjectedFailure;
import org.clientbase.spi.matching.MatchKeyIndex;
import org.clientbase.testkit.contract.MatchKeyIndexContract;
import org.junit.jupiter.api.Test;

class InMemoryMatchKeyIndexTest extends MatchKeyIndexContract {

  @Override
  protected MatchKeyIndex newIndex() {
    return new InMemoryMatchKeyIndex();
  }

  @Test
  void writesAreUndoneWithTheUnitOfWork() {
    InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    InMemoryMatchKeyIndex index = new InMemoryMatchKeyIndex(unitOfWork, new FaultInjector());
    index.put(ClientId.of("c-1"), Set.of("a"));
    assertThatThrownBy(() -> unitOfWork.execute(() -> {
      index.put(ClientId.of("c-1"), Set.of("b"));
      index.put(ClientId.of("c-2"), Set.of("a"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(index.all()).containsOnly(java.util.Map.entry("CLIENT c-1", Set.of("a")));
    assertThat(index.find(CardType.CLIENT, List.of("a", "b"), 10)).containsOnlyKeys("a");
  }

  @Test
  void aFailedCallChangesNothing() {
    FaultInjector faults = new FaultInjector();
    InMemoryMatchKeyIndex index = new InMemoryMatchKeyIndex(new InMemoryUnitOfWork(), faults);
    faults.arm(FailurePlan.atCall(1));
    assertThatThrownBy(() -> index.put(ClientId.of("c-1"), Set.of("a"))).isInstanceOf(InjectedFailure.class);
    assertThat(index.size()).isZero();
  }

  @Test
  void onlyLeadsClientsAndContactPersonsAreIndexed() {
    assertThatThrownBy(() -> new InMemoryMatchKeyIndex().put(InterestId.of("i-1"), Set.of("a")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("InterestId i-1");
  }
}
