package org.clientbase.spi.matching;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;

/**
 * Everything the library needs to finish or undo one merge of duplicate cards: the cards as they
 * were before, the survivor as the merge makes it, the values the survivor did not take, and the
 * references that were moved.
 *
 * <p>The library writes the record before it changes any card ({@link MergeState#STARTED}), so
 * that a merge interrupted on a host without transactions can be finished, and updates it when
 * the merge is done ({@link MergeState#APPLIED}) and when it is undone ({@link
 * MergeState#UNDONE}). Records are never deleted: together they are the history of merges,
 * with who asked for each merge and who undid it; the library attributes the card writes of a
 * merge it resumes after a failure to the record's {@code author}.
 *
 * @param id the merge's id
 * @param state where the merge stands
 * @param startedAt when the merge was started, from the host's clock
 * @param author who asked for the merge; empty when not known
 * @param undoneAt when the merge was undone; present exactly in state {@link MergeState#UNDONE}
 * @param undoneBy who undid the merge; empty unless the state is {@link MergeState#UNDONE}, and
 *     empty then too when not known
 * @param survivorBefore the surviving card before the merge
 * @param survivorAfter the surviving card as the merge makes it: its empty fields filled from
 *     the others
 * @param mergedBefore the merged cards before the merge, at least one, each of the survivor's
 *     type and none the survivor
 * @param conflicts the values of merged cards that the survivor did not take
 * @param movedReferences the records of the library's stores whose references were (or, while
 *     {@link MergeState#STARTED}, are to be) moved to the survivor
 * @param movedDocuments the host's documents whose references were moved, per merged card
 * @param note why the merge was made, e.g. the explanation of the match; may be empty
 */
public record MergeRecord(
    MergeId id,
    MergeState state,
    Instant startedAt,
    Optional<UserId> author,
    Optional<Instant> undoneAt,
    Optional<UserId> undoneBy,
    CardSnapshot survivorBefore,
    CardSnapshot survivorAfter,
    List<CardSnapshot> mergedBefore,
    List<FieldConflict> conflicts,
    List<MovedReference> movedReferences,
    List<MovedDocuments> movedDocuments,
    String note) {

  /**
   * Checks and copies the parts.
   *
   * @param id the merge's id
   * @param state where the merge stands
   * @param startedAt when the merge was started
   * @param author who asked for the merge, if known
   * @param undoneAt when the merge was undone, only in state {@code UNDONE}
   * @param undoneBy who undid the merge, if known; only in state {@code UNDONE}
   * @param survivorBefore the survivor before
   * @param survivorAfter the survivor after
   * @param mergedBefore the merged cards before
   * @param conflicts the values the survivor did not take
   * @param movedReferences the moved records of the library's stores
   * @param movedDocuments the moved host documents
   * @param note why the merge was made
   * @throws InvalidValueException if {@code undoneAt} or {@code undoneBy} does not fit the state,
   *     the survivor after is another card than before, or the merged cards are empty, of
   *     another kind than the survivor, or repeat a card
   */
  public MergeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(undoneAt, "undoneAt");
    Objects.requireNonNull(undoneBy, "undoneBy");
    Objects.requireNonNull(survivorBefore, "survivorBefore");
    Objects.requireNonNull(survivorAfter, "survivorAfter");
    mergedBefore = List.copyOf(mergedBefore);
    conflicts = List.copyOf(conflicts);
    movedReferences = List.copyOf(movedReferences);
    movedDocuments = List.copyOf(movedDocuments);
    Objects.requireNonNull(note, "note");
    String name = "MergeRecord " + id;
    if (undoneAt.isPresent() != (state == MergeState.UNDONE)) {
      throw new InvalidValueException(name + " undoneAt", undoneAt.orElse(null),
          "must be present exactly when the state is UNDONE, the state is " + state);
    }
    if (undoneBy.isPresent() && state != MergeState.UNDONE) {
      throw new InvalidValueException(name + " undoneBy", undoneBy.get(),
          "must be empty unless the state is UNDONE, the state is " + state);
    }
    if (!survivorAfter.id().equals(survivorBefore.id())) {
      throw new InvalidValueException(name + " survivorAfter", survivorAfter.id(),
          "must be the same card as survivorBefore " + survivorBefore.id());
    }
    if (survivorAfter.getClass() != survivorBefore.getClass()) {
      throw new InvalidValueException(name + " survivorAfter", survivorAfter.id(), "must be the same kind of card");
    }
    if (mergedBefore.isEmpty()) {
      throw new InvalidValueException(name + " mergedBefore", "[]", "needs at least one merged card");
    }
    Set<EntityId> seen = new HashSet<>();
    seen.add(survivorBefore.id());
    for (CardSnapshot merged : mergedBefore) {
      if (merged.getClass() != survivorBefore.getClass()) {
        throw new InvalidValueException(name + " mergedBefore", merged.id(),
            "must be the same kind of card as the survivor " + survivorBefore.id());
      }
      if (!seen.add(merged.id())) {
        throw new InvalidValueException(name + " mergedBefore", merged.id(),
            "names the survivor or repeats a card");
      }
    }
  }

  /**
   * Returns the survivor's id.
   *
   * @return the surviving card
   */
  public EntityId survivor() {
    return survivorBefore.id();
  }

  /**
   * Returns the ids of the merged cards, in the record's order.
   *
   * @return the merged cards
   */
  public List<EntityId> merged() {
    return mergedBefore.stream().map(CardSnapshot::id).toList();
  }

  /**
   * Returns this record in a state other than {@link MergeState#UNDONE}, with no time of undoing.
   *
   * @param next the new state
   * @return the record in the new state
   * @throws InvalidValueException if {@code next} is {@code UNDONE}, which needs the time
   */
  public MergeRecord withState(MergeState next) {
    return withState(next, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this record in another state, undone at a time by no one named.
   *
   * @param next the new state, {@link MergeState#UNDONE}
   * @param undone when the merge was undone
   * @return the record in the new state
   * @throws InvalidValueException if {@code next} is not {@code UNDONE}
   */
  public MergeRecord withState(MergeState next, Instant undone) {
    return withState(next, Optional.of(Objects.requireNonNull(undone, "undone")), Optional.empty());
  }

  /**
   * Returns this record in another state, undone at a time by a person.
   *
   * @param next the new state, {@link MergeState#UNDONE}
   * @param undone when the merge was undone
   * @param by who undid the merge
   * @return the record in the new state
   * @throws InvalidValueException if {@code next} is not {@code UNDONE}
   */
  public MergeRecord withState(MergeState next, Instant undone, UserId by) {
    return withState(next, Optional.of(Objects.requireNonNull(undone, "undone")),
        Optional.of(Objects.requireNonNull(by, "by")));
  }

  private MergeRecord withState(MergeState next, Optional<Instant> undone, Optional<UserId> by) {
    return new MergeRecord(id, next, startedAt, author, undone, by, survivorBefore, survivorAfter, mergedBefore,
        conflicts, movedReferences, movedDocuments, note);
  }

  /**
   * Returns this record with the references that were moved.
   *
   * @param references the moved records of the library's stores
   * @param documents the moved host documents
   * @return the record with these references
   */
  public MergeRecord withMoved(List<MovedReference> references, List<MovedDocuments> documents) {
    return new MergeRecord(id, state, startedAt, author, undoneAt, undoneBy, survivorBefore, survivorAfter,
        mergedBefore, conflicts, references, documents, note);
  }
}
