package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;

/**
 * An in-memory {@link MergeJournal}, indexed by the cards each merge names. Writes take part in
 * the {@link InMemoryUnitOfWork}; every call first consults the {@link FaultInjector}, so a
 * failing call has no effect, even under a plan that fails
 * {@linkplain FailurePlan#afterEffect() after the effect}. Thread-safe.
 */
public final class InMemoryMergeJournal extends InMemoryRecordStore<MergeId, MergeRecord>
    implements MergeJournal {

  private final Index<EntityId> byCard = index(InMemoryMergeJournal::cards);

  /** Creates an empty journal with its own unit of work and no fault injection. */
  public InMemoryMergeJournal() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty journal.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryMergeJournal(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    super("MergeRecord", "MergeJournal", MergeRecord::id, unitOfWork, faults,
        "MergeJournal limit", false);
  }

  /**
   * Stores a new record at version 1.
   *
   * @param value the record; its id must not be stored yet
   * @return the record at version 1
   * @throws DuplicateIdException if the id is already stored; nothing is written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public Versioned<MergeRecord> insert(MergeRecord value) {
    return super.insert(value);
  }

  /**
   * Replaces a record, if it is still at the expected version.
   *
   * @param value the new record
   * @param expectedVersion the version it was computed from
   * @return the record at the next version
   * @throws StaleWriteException if the record is absent or at another version; nothing is
   *     written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public Versioned<MergeRecord> update(MergeRecord value, long expectedVersion) {
    return super.update(value, expectedVersion);
  }

  /**
   * Finds the records in a state.
   *
   * @param state the state
   * @param limit the most records to return, at least 1
   * @return up to {@code limit} records in id order
   * @throws InvalidValueException if the limit is below 1
   */
  @Override
  public List<Versioned<MergeRecord>> findByState(MergeState state, int limit) {
    Objects.requireNonNull(state, "state");
    requireLimit(limit);
    beforeRead("findByState");
    List<Versioned<MergeRecord>> found = new ArrayList<>();
    for (Versioned<MergeRecord> record : storedInIdOrder()) {
      if (found.size() == limit) {
        break;
      }
      if (record.value().state() == state) {
        found.add(record);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public List<Versioned<MergeRecord>> findByCard(EntityId card) {
    Objects.requireNonNull(card, "card");
    beforeRead("findByCard");
    return byCard.findVersioned(card);
  }

  /** The cards a merge names: its survivor and the merged cards. */
  private static List<EntityId> cards(MergeRecord record) {
    List<EntityId> cards = new ArrayList<>(record.merged().size() + 1);
    cards.add(record.survivor());
    cards.addAll(record.merged());
    return cards;
  }
}
