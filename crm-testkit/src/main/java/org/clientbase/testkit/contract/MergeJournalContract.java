package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.matching.MovedReference;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link MergeJournal}: everything {@link RecordStoreContract} checks, every
 * part of a record reads back equal (who asked for the merge and who undid it, present or not,
 * among them), and {@code findByState} and {@code findByCard} return the records in id order and
 * follow updates. Extend it and implement {@link #newStore()}.
 */
public abstract class MergeJournalContract extends RecordStoreContract<MergeId, MergeRecord, MergeJournal> {

  /** Creates the contract; called by the host's test class. */
  protected MergeJournalContract() {}

  @Override
  protected final MergeRecord record(String id, int variant) {
    return merge(id, "c-1", List.of("c-2"), variant == 0 ? MergeState.STARTED : MergeState.APPLIED, variant);
  }

  @Override
  protected final MergeId idOf(MergeRecord record) {
    return record.id();
  }

  @Override
  protected final MergeId id(String text) {
    return MergeId.of(text);
  }

  /**
   * Returns a merge of clients, as the library records it.
   *
   * @param id the merge's id text
   * @param survivor the surviving client's id text
   * @param merged the merged clients' id texts
   * @param state the state
   * @param variant distinguishes versions of the same record: it sets the note and the author
   *     (none for an odd variant); an undone merge was undone by {@link ContractFixtures#MANAGER}
   * @return the record
   */
  static MergeRecord merge(String id, String survivor, List<String> merged, MergeState state, int variant) {
    Client before = ContractFixtures.client(survivor, 0);
    Client after = Client.builder().from(before).addEmails(ContractFixtures.email(90)).build();
    List<CardSnapshot> others = merged.stream()
        .map(m -> CardSnapshot.of(ContractFixtures.client(m, 1)))
        .toList();
    boolean undone = state == MergeState.UNDONE;
    return new MergeRecord(
        MergeId.of(id), state, ContractFixtures.MOMENT_ONE,
        variant % 2 == 0 ? Optional.of(UserId.of("manager-" + (variant + 2))) : Optional.empty(),
        undone ? Optional.of(ContractFixtures.MOMENT_ONE.plusSeconds(60)) : Optional.empty(),
        undone ? Optional.of(ContractFixtures.MANAGER) : Optional.empty(),
        CardSnapshot.of(before), CardSnapshot.of(after), others,
        List.of(new FieldConflict("comment", ClientId.of(merged.get(0)), "variant 0", "variant 1")),
        List.of(MovedReference.of(ContactPersonId.of("p-1"), ClientId.of(merged.get(0)))),
        List.of(),
        "variant " + variant);
  }

  @Test
  void findByStateReturnsTheRecordsInTheStateInIdOrder() {
    store().insert(merge("m-3", "c-1", List.of("c-2"), MergeState.STARTED, 0));
    store().insert(merge("m-1", "c-3", List.of("c-4"), MergeState.APPLIED, 0));
    store().insert(merge("m-2", "c-5", List.of("c-6"), MergeState.STARTED, 0));
    assertThat(store().findByState(MergeState.STARTED, 10)).extracting(r -> r.value().id())
        .containsExactly(MergeId.of("m-2"), MergeId.of("m-3"));
    assertThat(store().findByState(MergeState.STARTED, 1)).extracting(r -> r.value().id())
        .containsExactly(MergeId.of("m-2"));
    assertThat(store().findByState(MergeState.UNDONE, 10)).isEmpty();
  }

  @Test
  void findByStateFollowsUpdates() {
    MergeRecord started = merge("m-1", "c-1", List.of("c-2"), MergeState.STARTED, 0);
    store().insert(started);
    store().update(started.withState(MergeState.APPLIED), 1);
    assertThat(store().findByState(MergeState.STARTED, 10)).isEmpty();
    assertThat(store().findByState(MergeState.APPLIED, 10)).extracting(Versioned::version).containsExactly(2L);
  }

  @Test
  void whoAskedForTheMergeAndWhoUndidItReadBack() {
    MergeRecord started = merge("m-1", "c-1", List.of("c-2"), MergeState.STARTED, 0);
    assertThat(started.author()).contains(UserId.of("manager-2"));
    store().insert(started);
    MergeRecord applied = started.withState(MergeState.APPLIED);
    store().update(applied, 1);
    assertThat(store().find(MergeId.of("m-1"))).contains(new Versioned<>(applied, 2));
    MergeRecord undone = applied.withState(MergeState.UNDONE, ContractFixtures.MOMENT_ONE.plusSeconds(90),
        UserId.of("manager-3"));
    store().update(undone, 2);
    assertThat(store().find(MergeId.of("m-1"))).contains(new Versioned<>(undone, 3));
    assertThat(store().find(MergeId.of("m-1")).orElseThrow().value())
        .satisfies(r -> assertThat(r.author()).contains(UserId.of("manager-2")))
        .satisfies(r -> assertThat(r.undoneBy()).contains(UserId.of("manager-3")));

    MergeRecord unknown = merge("m-2", "c-3", List.of("c-4"), MergeState.UNDONE, 1)
        .withState(MergeState.UNDONE, ContractFixtures.MOMENT_ONE.plusSeconds(60));
    assertThat(unknown.author()).isEmpty();
    assertThat(unknown.undoneBy()).isEmpty();
    store().insert(unknown);
    assertThat(store().find(MergeId.of("m-2"))).contains(new Versioned<>(unknown, 1));
    assertThat(store().findByState(MergeState.UNDONE, 10)).extracting(Versioned::value)
        .containsExactly(undone, unknown);
  }

  @Test
  void findByCardReturnsTheMergesNamingTheCardAsSurvivorOrMerged() {
    store().insert(merge("m-2", "c-1", List.of("c-2", "c-3"), MergeState.APPLIED, 0));
    store().insert(merge("m-1", "c-9", List.of("c-1"), MergeState.UNDONE, 0));
    store().insert(merge("m-3", "c-7", List.of("c-8"), MergeState.APPLIED, 0));
    assertThat(store().findByCard(ClientId.of("c-1"))).extracting(r -> r.value().id())
        .containsExactly(MergeId.of("m-1"), MergeId.of("m-2"));
    assertThat(store().findByCard(ClientId.of("c-3"))).extracting(r -> r.value().id())
        .containsExactly(MergeId.of("m-2"));
    assertThat(store().findByCard(ClientId.of("c-4"))).isEmpty();
    assertThat(store().findByCard(ContactPersonId.of("c-1"))).as("a contact person is another card").isEmpty();
  }
}
