package org.clientbase.spi.matching;

import java.util.List;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.RecordStore;

/**
 * Stores the {@link MergeRecord records} of merges of duplicate cards: what makes a merge
 * resumable after a failure and undoable later.
 *
 * <p>Besides everything a {@link RecordStore} guarantees (versioned writes that take part in
 * the current {@link org.clientbase.spi.UnitOfWork}, id-ordered pages), the host must give:
 * <ul>
 *   <li>{@link #findByState} returns the records in a state in id order, so that the library
 *       can find merges a crash left {@link MergeState#STARTED};</li>
 *   <li>{@link #findByCard} returns every record in which a card is the survivor or one of the
 *       merged cards, in id order, and follows updates.</li>
 * </ul>
 * Records are never deleted by the library.
 */
public interface MergeJournal extends RecordStore<MergeId, MergeRecord> {

  /**
   * Finds the records in a state.
   *
   * @param state the state
   * @param limit the largest number of records to return, at least 1
   * @return up to {@code limit} records in the state, in id order
   */
  List<Versioned<MergeRecord>> findByState(MergeState state, int limit);

  /**
   * Finds the merges a card took part in.
   *
   * @param card a client or contact person id
   * @return the records naming the card as survivor or merged card, in id order
   */
  List<Versioned<MergeRecord>> findByCard(EntityId card);
}
