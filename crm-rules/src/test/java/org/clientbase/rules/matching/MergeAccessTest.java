package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.task.Task;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Merges, undos and merge history on behalf of a user follow the host's access policy:
 * manager-1 may see and change only its own clients (c-1, c-3) and the persons linked to them
 * (p-1); c-2 and p-2 belong to manager-2; viewer-1 may see everything and change nothing.
 */
class MergeAccessTest {
  private static final UserId MANAGER_1 = UserId.of("manager-1");
  private static final UserId MANAGER_2 = UserId.of("manager-2");
  private static final UserId VIEWER = UserId.of("viewer-1");
  private static final SystemActor SYSTEM = SystemActor.recordedAs(UserId.of("system:merge"));
  private final ClientId c1 = ClientId.of("c-1");
  private final ClientId c2 = ClientId.of("c-2");
  private final ClientId c3 = ClientId.of("c-3");
  private final ContactPersonId p1 = ContactPersonId.of("p-1");
  private final ContactPersonId p2 = ContactPersonId.of("p-2");
  private final MatchingFixture fixture = new MatchingFixture();
  private DuplicateMerger merger;

  @BeforeEach
  void base() {
    InMemoryClientbase base = fixture.base;
    base.contactPersonStore().insert(ContractFixtures.contactPerson("p-1", 1));
    base.contactPersonStore().insert(ContractFixtures.contactPerson("p-2", 2));
    base.clientStore().insert(client("c-1", 1, MANAGER_1, p1));
    base.clientStore().insert(client("c-2", 2, MANAGER_2, p2));
    base.clientStore().insert(client("c-3", 3, MANAGER_1, null));
    base.taskStore().insert(ContractFixtures.task("t-2", c2, 2));
    base.paymentStore().insert(ContractFixtures.payment("pay-2", c2, 2));
    merger = fixture.mergerBuilder(base.unitOfWork())
        .accessPolicy(RuleBasedAccessPolicy.builder().responsibleManagerEdits().viewer(VIEWER).build()).build();
  }

  private static Client client(String id, int variant, UserId responsible, ContactPersonId person) {
    Client.Builder b = Client.builder().from(ContractFixtures.client(id, variant)).responsible(responsible);
    if (person != null) {
      b.contacts(List.of(ClientContact.of(person)));
    }
    return b.build();
  }

  @Test
  void aMergeReachingAClientTheUserMayNotSeeIsAnsweredAsForAClientThatDoesNotExistAndChangesNothing() {
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)
        .withAuthor(MANAGER_1))).isInstanceOf(MergeRefusedException.class).hasMessage("card c-2 does not exist");
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, ClientId.of("c-9"))).withSurvivor(c1)
        .withAuthor(MANAGER_1))).isInstanceOf(MergeRefusedException.class).hasMessage("card c-9 does not exist");
    assertThat(fixture.base.snapshot()).isEqualTo(before);
    assertThat(fixture.journal.count()).isZero();
  }

  @Test
  void aMergeOfClientsTheUserMaySeeButNotChangeIsRefusedBeforeAnythingChanges() {
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)
        .withAuthor(VIEWER))).isInstanceOf(AccessDeniedException.class)
        .hasMessage("viewer-1 may not edit client c-1: the access policy forbids it");
    assertThat(fixture.base.snapshot()).isEqualTo(before);
    assertThat(fixture.journal.count()).isZero();
  }

  @Test
  void aContactPersonMergeIsRefusedWhenAClientLinkedToAPersonIsNotTheUsers() {
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofContactPersons(List.of(p1, p2)).withSurvivor(p1)
        .withAuthor(MANAGER_1))).isInstanceOf(MergeRefusedException.class).hasMessage("card p-2 does not exist");
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofContactPersons(List.of(p1, p2)).withSurvivor(p1)
        .withAuthor(VIEWER))).isInstanceOf(AccessDeniedException.class);
    assertThat(fixture.base.snapshot()).isEqualTo(before);
  }

  @Test
  void theUsersOwnClientsMergeAndUndo() {
    MergeResult merged = merger.merge(MergeRequest.ofClients(List.of(c1, c3)).withSurvivor(c1).withAuthor(MANAGER_1));
    assertThat(merged.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    assertThat(merger.history(c3, MANAGER_1)).hasSize(1);
    assertThat(merger.undo(merged.merge().orElseThrow(), MANAGER_1).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
  }

  @Test
  void anUndoAndTheHistoryOfAMergeTheUserMayNotSeeAreAnsweredAsForAMergeThatDoesNotExist() {
    MergeId merge = merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1), SYSTEM)
        .merge().orElseThrow();
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();
    assertThatThrownBy(() -> merger.undo(merge, MANAGER_1)).isInstanceOf(MergeRefusedException.class)
        .hasMessage("there is no merge " + merge);
    assertThatThrownBy(() -> merger.undo(MergeId.of("merge-404"), MANAGER_1)).isInstanceOf(MergeRefusedException.class)
        .hasMessage("there is no merge merge-404");
    assertThatThrownBy(() -> merger.undo(merge, VIEWER)).isInstanceOf(AccessDeniedException.class);
    assertThat(fixture.base.snapshot()).isEqualTo(before);
    assertThat(merger.history(c2, MANAGER_1)).isEmpty();
    assertThat(merger.history(c1, MANAGER_1)).isEmpty();
    assertThat(merger.history(ClientId.of("c-404"), MANAGER_1)).isEmpty();
    assertThat(merger.history(c1, VIEWER)).hasSize(1);
    assertThat(merger.history(c2, SYSTEM)).hasSize(1);
    assertThat(merger.undo(merge, SYSTEM).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
  }

  @Test
  void withAPolicyEveryOperationNamesAUserOrTheSystem() {
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c3))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SystemActor");
    assertThatThrownBy(() -> merger.undo(MergeId.of("merge-1"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> merger.history(c1)).isInstanceOf(IllegalStateException.class);
    assertThat(fixture.journal.count()).isZero();
    assertThat(merger.merge(MergeRequest.ofClients(List.of(c1, c2)), SYSTEM).outcome())
        .isEqualTo(MergeResult.Outcome.MERGED);
  }
  @Test
  void aMergeByTheSystemIsRecordedInACardHistoryThatEnforcesThePolicyAndAttributedToTheSystem() {
    RuleBasedAccessPolicy policy = RuleBasedAccessPolicy.builder().responsibleManagerEdits().build();
    CardHistory history = CardHistory.builder().clientbase(fixture.base).clock(fixture.clock).accessPolicy(policy)
        .build();
    DuplicateMerger recording = fixture.mergerBuilder(fixture.base.unitOfWork()).accessPolicy(policy)
        .recordHistory(history, UserId.of("system:default")).build();

    MergeResult result = recording.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1), SYSTEM);

    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    assertThat(history.revisions(MANAGER_1, c1)).last()
        .satisfies(r -> assertThat(r.author()).contains(UserId.of("system:merge")));
    // a user cannot record a change of a card they may not edit, nor pass for the system
    assertThatThrownBy(() -> history.recordClientChanged(MANAGER_1,
        fixture.base.clientStore().find(c2).orElseThrow(), fixture.base.clientStore().find(c2).orElseThrow()))
        .isInstanceOf(AccessDeniedException.class);
  }
  @Test
  void aMergeThatWouldMoveATaskTheUserMayNotChangeIsRefusedWithoutNamingIt() {
    fixture.base.taskStore().insert(Task.builder().from(ContractFixtures.task("t-3", c3, 3)).responsible(MANAGER_2)
        .contactPerson(p2).build());
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();

    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c3)).withSurvivor(c1)
        .withAuthor(MANAGER_1))).isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit every task and interaction the merge moves: the access policy forbids it");
    assertThat(fixture.base.snapshot()).isEqualTo(before);
    assertThat(fixture.journal.count()).isZero();
    // manager-2, who may change that task but not the clients, is refused for the clients
    assertThatThrownBy(() -> merger.merge(MergeRequest.ofClients(List.of(c1, c3)).withSurvivor(c1)
        .withAuthor(MANAGER_2))).isInstanceOf(MergeRefusedException.class);
  }

  @Test
  void theMergeHistoryShowsAUserOnlyTheMovedTasksTheUserMaySee() {
    fixture.base.taskStore().insert(Task.builder().from(ContractFixtures.task("t-3", c3, 3)).responsible(MANAGER_2)
        .contactPerson(p2).build());
    fixture.base.taskStore().insert(ContractFixtures.task("t-4", c3, MANAGER_1, 4));
    merger.merge(MergeRequest.ofClients(List.of(c1, c3)).withSurvivor(c1), SYSTEM);

    assertThat(merger.history(c1, SYSTEM).get(0).movedReferences())
        .extracting(reference -> reference.record().value()).containsExactlyInAnyOrder("t-3", "t-4");
    assertThat(merger.history(c1, MANAGER_1).get(0).movedReferences())
        .extracting(reference -> reference.record().value()).containsExactly("t-4");
    assertThat(merger.history(c1, VIEWER).get(0).movedReferences())
        .extracting(reference -> reference.record().value()).containsExactlyInAnyOrder("t-3", "t-4");
  }
}
