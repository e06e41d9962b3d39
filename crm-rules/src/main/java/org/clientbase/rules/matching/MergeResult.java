package org.clientbase.rules.matching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;

/**
 * What a merge, a resumed merge or an undo did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome what happened
 * @param merge the merge's record in the journal; empty when the cards were merged already
 * @param survivor the surviving card
 * @param merged the cards merged into it (or, for an undo, restored)
 * @param conflicts the values of merged cards the survivor did not take, kept in the journal
 * @param movedReferences how many records of the library's stores had their references moved
 * @param movedDocuments how many of the host's documents had their references moved (or
 *     restored)
 */
public record MergeResult(
    Outcome outcome, Optional<MergeId> merge, EntityId survivor, List<EntityId> merged,
    List<FieldConflict> conflicts, int movedReferences, int movedDocuments) {

  /** What happened. */
  public enum Outcome {
    /** The cards were merged now. */
    MERGED,
    /** Every card was merged into the survivor already; nothing was written. */
    ALREADY_MERGED,
    /** A merge that a failure had left unfinished was finished. */
    RESUMED,
    /** The merge was undone: the cards and the moved references are back. */
    UNDONE,
    /** The merge was undone already; nothing was written. */
    ALREADY_UNDONE
  }

  /**
   * Checks and copies the parts.
   *
   * @param outcome what happened
   * @param merge the merge's record
   * @param survivor the surviving card
   * @param merged the merged cards
   * @param conflicts the values not taken
   * @param movedReferences the records moved
   * @param movedDocuments the documents moved
   */
  public MergeResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(merge, "merge");
    Objects.requireNonNull(survivor, "survivor");
    merged = List.copyOf(merged);
    conflicts = List.copyOf(conflicts);
  }
}
