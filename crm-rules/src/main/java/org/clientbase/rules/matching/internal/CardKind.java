package org.clientbase.rules.matching.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.CardSnapshot;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.spi.matching.MovedReference;
import org.clientbase.spi.store.RecordStore;

/**
 * The merge strategy of one kind of card: what merging, resuming and undoing need to know of
 * clients or of contact persons. The steps common to both kinds live in {@link MergeEngine};
 * the references both kinds move are moved by one {@link ReferenceMover}.
 *
 * @param <I> the card's id type
 * @param <C> the card type
 */
public interface CardKind<I extends EntityId, C> {

  /**
   * Returns the store of the cards.
   *
   * @return the store
   */
  RecordStore<I, C> store();

  /**
   * Narrows an id to this kind's id type.
   *
   * @param id an id of this kind
   * @return the same id, typed
   */
  I id(EntityId id);

  /**
   * Returns a card's id.
   *
   * @param card the card
   * @return its id
   */
  EntityId idOf(C card);

  /**
   * Returns the card a card was merged into.
   *
   * @param card the card
   * @return the survivor it was merged into, or empty if it is in use
   */
  Optional<? extends EntityId> mergedInto(C card);

  /**
   * Marks a card merged into a survivor, or in use again.
   *
   * @param card the card
   * @param survivor the survivor, or empty to clear the mark
   * @return the marked card
   */
  C mark(C card, Optional<EntityId> survivor);

  /**
   * Tells whether a snapshot in the journal is of this kind.
   *
   * @param snapshot the snapshot
   * @return {@code true} if it holds a card of this kind
   */
  boolean holds(CardSnapshot snapshot);

  /**
   * Takes a snapshot of a card for the journal.
   *
   * @param card the card
   * @return the snapshot
   */
  CardSnapshot snapshot(C card);

  /**
   * Reads a card back from a snapshot of this kind.
   *
   * @param snapshot the snapshot
   * @return the card
   */
  C card(CardSnapshot snapshot);

  /**
   * Orders cards for {@code MOST_COMPLETE}: the more filled fields, the earlier.
   *
   * @param card the card
   * @return how many fields are filled
   */
  int completeness(C card);

  /**
   * Orders cards for {@code OLDEST}.
   *
   * @return oldest first, ties by id
   */
  Comparator<C> oldestFirst();

  /**
   * Plans the survivor after the merge.
   *
   * @param survivor the survivor as read
   * @param others the merged cards as read
   * @return the survivor after the merge and the values it did not take
   */
  MergePlanner.Plan<C> plan(C survivor, List<C> others);

  /**
   * Checks a card's custom values against the host's configuration of this kind of card.
   *
   * @param card the card to write
   * @throws org.clientbase.core.InvalidValueException naming the card, the field and the value
   *     if a custom value is not defined for the card or does not fit its definition
   */
  void check(C card);

  /**
   * Returns the change between two versions of a card.
   *
   * @param before the card before
   * @param after the card after
   * @return the change
   */
  CardDiff<C> diff(C before, C after);

  /**
   * Records a written card in the card history.
   *
   * @param cardHistory the history
   * @param author who the change is attributed to
   * @param before the card as read
   * @param after the card as written
   */
  void record(CardHistory cardHistory, UserId author, Versioned<C> before, Versioned<C> after);

  /**
   * Finds every reference to the merged cards that the merge moves to the survivor.
   *
   * @param merged the merged cards
   * @param survivor the survivor
   * @return the references, one per record and merged card
   */
  List<MovedReference> references(List<EntityId> merged, EntityId survivor);

  /**
   * Moves the references in the host's documents from a merged card to the survivor.
   *
   * @param documents the host's documents
   * @param merged the merged card
   * @param survivor the survivor
   * @return the keys of the documents moved
   */
  List<String> moveDocuments(DocumentReferences documents, EntityId merged, EntityId survivor);

  /**
   * Moves references in the host's documents back from the survivor to a merged card.
   *
   * @param documents the host's documents
   * @param keys the documents moved by the merge
   * @param merged the merged card
   * @param survivor the survivor
   */
  void restoreDocuments(DocumentReferences documents, List<String> keys, EntityId merged, EntityId survivor);
}
