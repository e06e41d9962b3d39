package org.clientbase.spi.store;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.StaleWriteException;

/**
 * Stores the change history of one type of card: for each card, its {@link CardRevision
 * revisions} in order.
 *
 * <p>Guarantees the host must give:
 * <ul>
 *   <li>{@link #append} adds the revision only if its number is one more than the card's last
 *       revision (1 for a card without history); otherwise it throws
 *       {@link StaleWriteException} and writes nothing, so that of two writers that read the
 *       same history only one records its change;</li>
 *   <li>{@link #append} refuses a revision of another card, a revision whose instant is before
 *       the last revision's, and a first revision without a snapshot, with an
 *       {@link org.clientbase.core.InvalidValueException}, writing nothing;</li>
 *   <li>appends take part in the current {@link org.clientbase.spi.UnitOfWork}: the library
 *       writes the card and its revision in one unit of work, and both must be committed or
 *       rolled back together;</li>
 *   <li>reads see every append that returned before them; revisions are never changed or
 *       removed.</li>
 * </ul>
 *
 * <p>A host on a database keeps one row per revision, keyed by card id and number; it may store
 * the diff as it likes (as the changed fields, or as the whole card after the change, computing
 * the diff with {@link org.clientbase.core.history.CardDiff#between} when it reads).
 *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 *
 * @param <I> the card id type
 * @param <C> the card type
 */
public interface CardHistoryStore<I extends EntityId, C> {

  /**
   * Returns a card's revisions.
   *
   * @param card the card
   * @return the revisions in number order; empty if nothing is recorded for the card
   */
  List<CardRevision<C>> revisions(I card);

  /**
   * Returns a card's last revision. The default reads every revision; a host may answer it with
   * one cheaper query.
   *
   * @param card the card
   * @return the revision with the highest number, or empty if nothing is recorded
   */
  default Optional<CardRevision<C>> latest(I card) {
    List<CardRevision<C>> all = revisions(card);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Appends a revision to a card's history.
   *
   * @param card the card; the revision's {@link CardRevision#card()} must equal it
   * @param revision the revision, numbered one more than the card's last revision
   * @throws StaleWriteException if the card's last revision is not the one before this
   *     revision; nothing is written
   * @throws org.clientbase.core.InvalidValueException if the revision is of another card, is
   *     dated before the last revision, or is a first revision without a snapshot; nothing is
   *     written
   */
  void append(I card, CardRevision<C> revision);
}
