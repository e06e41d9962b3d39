package org.clientbase.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.RecordingDomainEventListener;
import org.clientbase.memory.RecordingProgressListener;
import org.clientbase.memory.RecordingStatusTransitionListener;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.memory.SequenceIdGenerator;
import org.clientbase.spi.Progress;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

class InMemoryClientbaseTest {

  private record Merged(Instant occurredAt, String describe) implements DomainEvent {}

  @Test
  void everyStoreStartsEmptyAndTheSnapshotsOfTwoFreshBasesAreEqual() {
    InMemoryClientbase a = InMemoryClientbase.create();
    InMemoryClientbase b = InMemoryClientbase.create();
    assertThat(a.snapshot()).isEqualTo(b.snapshot());
    assertThat(a.snapshot().clients()).isEmpty();
    assertThat(a.leadStore().count()).isZero();
  }

  @Test
  void basesAreIndependent() {
    InMemoryClientbase a = InMemoryClientbase.create();
    InMemoryClientbase b = InMemoryClientbase.create();
    a.clientStore().insert(ContractFixtures.client("c-1", 0));
    assertThat(b.clientStore().count()).isZero();
    assertThat(a.idGenerator().newClientId()).isEqualTo(b.idGenerator().newClientId());
  }

  @Test
  void theSnapshotSeesEveryKindOfWrite() {
    InMemoryClientbase base = InMemoryClientbase.create();
    InMemoryClientbase.Snapshot empty = base.snapshot();
    base.settingsStore().put("k", "v");
    assertThat(base.snapshot()).isNotEqualTo(empty);
    assertThat(base.snapshot().settings()).containsEntry("k", "v");
  }

  @Test
  void theAccessPolicyIsTheOneGiven() {
    RuleBasedAccessPolicy policy = RuleBasedAccessPolicy.builder().responsibleManagerEdits().build();
    InMemoryClientbase base = InMemoryClientbase.create(policy);
    assertThat(base.accessPolicy()).isSameAs(policy);
    assertThat(InMemoryClientbase.create().accessPolicy()
        .canEdit(UserId.of("anyone"), ContractFixtures.client("c-1", 0))).isTrue();
    assertThat(InMemoryClientbase.create(policy, new SequenceIdGenerator("x-")).idGenerator().newTaskId().value())
        .isEqualTo("x-task-1");
  }

  @Test
  void listenersRecordWhatTheyReceive() {
    InMemoryClientbase base = InMemoryClientbase.create();
    ClientId client = ClientId.of("c-1");
    base.statusTransitions().onTransition(ContractFixtures.statusChange(client, null, "new", 0));
    base.statusTransitions().onTransition(ContractFixtures.statusChange(ClientId.of("c-2"), null, "new", 0));
    assertThat(base.statusTransitions().transitionsOf(client)).hasSize(1);
    assertThat(base.statusTransitions().transitions()).hasSize(2);
    Merged event = new Merged(ContractFixtures.MOMENT_ONE, "c-2 merged into c-1");
    base.domainEvents().onEvent(event);
    assertThat(base.domainEvents().eventsOf(Merged.class)).containsExactly(event);
    base.progress().onProgress(new Progress("recalculation", 5, 1, OptionalLong.of(10)));
    base.progress().onProgress(new Progress("recalculation", 10, 1, OptionalLong.of(10)));
    assertThat(base.progress().last()).map(Progress::done).contains(10L);
    base.progress().clear();
    assertThat(base.progress().last()).isEmpty();
  }

  @Test
  void throwingListenersRecordAndThenThrow() {
    RecordingStatusTransitionListener transitions = RecordingStatusTransitionListener.throwing();
    assertThatThrownBy(() -> transitions.onTransition(
        ContractFixtures.statusChange(ClientId.of("c-1"), null, "new", 0))).isInstanceOf(IllegalStateException.class);
    assertThat(transitions.transitions()).hasSize(1);
    RecordingDomainEventListener events = RecordingDomainEventListener.throwing();
    assertThatThrownBy(() -> events.onEvent(new Merged(ContractFixtures.MOMENT_ONE, "x")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(events.events()).hasSize(1);
    RecordingProgressListener progress = RecordingProgressListener.throwing();
    assertThatThrownBy(() -> progress.onProgress(new Progress("x", 0, 0, OptionalLong.empty())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(progress.reports()).hasSize(1);
  }

  @Test
  void theTaxIdLookupStartsEmpty() {
    InMemoryClientbase base = InMemoryClientbase.create();
    assertThat(base.taxIdLookup().find(org.clientbase.core.tax.Inn.of(ContractFixtures.INN))).isEmpty();
    assertThat(base.referenceRewriter().all()).isEmpty();
    assertThat(base.statusHistoryStore().page(5)).isEmpty();
    assertThat(base.interactionStore().findByClients(List.of(ClientId.of("c-1")))).isEmpty();
  }
}
