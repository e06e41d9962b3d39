package org.clientbase.rules.history.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.history.CardTimeline;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.CardHistoryStore;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RecordStore;
import org.clientbase.spi.store.RevisionKind;

/**
 * Writes one type of card together with its history. Called inside a unit of work; the card is
 * written first and its revision second, so that with a store that has no transactions a
 * failure between the two leaves a change without a revision, which the next write finds and
 * records as observed, rather than a revision of a change that never happened.
 *
 * @param <I> the card id type
 * @param <C> the card type
 */
public final class CardWriter<I extends EntityId, C> {
  private final RecordStore<I, C> cards;
  private final CardHistoryStore<I, C> history;
  private final Function<C, I> idOf;
  private final BiFunction<C, C, CardDiff<C>> diff;
  private final Clock clock;

  /**
   * Creates the writer.
   *
   * @param cards the card store
   * @param history the card history store
   * @param idOf how to read a card's id
   * @param diff how to compute the diff between two versions of a card
   * @param clock the clock that dates revisions
   */
  public CardWriter(RecordStore<I, C> cards, CardHistoryStore<I, C> history, Function<C, I> idOf,
      BiFunction<C, C, CardDiff<C>> diff, Clock clock) {
    this.cards = cards;
    this.history = history;
    this.idOf = idOf;
    this.diff = diff;
    this.clock = clock;
  }

  /**
   * Inserts a card and records its creation.
   *
   * @param user the author
   * @param card the new card
   * @return the stored card
   */
  public Versioned<C> create(UserId user, C card) {
    Versioned<C> stored = cards.insert(card);
    recordCreation(user, stored);
    return stored;
  }

  /**
   * Updates a card and records the change; first records the stored card as observed if the
   * history does not account for it.
   *
   * @param user the author
   * @param stored the stored card, already read and checked
   * @param card the new card
   * @param expectedVersion the version the new card was computed from
   * @return the stored card after the update; {@code stored} itself if nothing changed
   * @throws StaleWriteException if the stored card is not at the expected version
   */
  public Versioned<C> update(UserId user, Versioned<C> stored, C card, long expectedVersion) {
    I id = idOf.apply(card);
    if (stored.version() != expectedVersion) {
      throw new StaleWriteException(describe(id), expectedVersion, stored.version());
    }
    if (diff.apply(stored.value(), card).isEmpty()) {
      return stored;
    }
    Versioned<C> written = cards.update(card, expectedVersion);
    recordUpdate(user, stored, written);
    return written;
  }

  /**
   * Records the creation of a card another procedure has just inserted.
   *
   * @param user the author
   * @param created the card as stored
   */
  public void recordCreation(UserId user, Versioned<C> created) {
    I id = idOf.apply(created.value());
    history.append(id, new CardRevision<>(id, 1, clock.instant(), Optional.of(user), RevisionKind.CREATED,
        created.version(), diff.apply(created.value(), created.value()), Optional.of(created.value())));
  }

  /**
   * Records a change another procedure has just written; first records the card before the
   * change as observed if the history does not account for it.
   *
   * @param user the author
   * @param before the card as stored before the change
   * @param after the card as stored after the change
   */
  public void recordUpdate(UserId user, Versioned<C> before, Versioned<C> after) {
    I id = idOf.apply(after.value());
    CardDiff<C> change = diff.apply(before.value(), after.value());
    if (change.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Optional<CardRevision<C>> last = history.latest(id);
    long number = last.map(CardRevision::number).orElse(0L);
    if (last.isEmpty() || last.get().cardVersion() != before.version()) {
      Optional<CardDiff<C>> unexplained = Optional.of(diff.apply(before.value(), before.value()));
      if (last.isPresent()) {
        C known = CardTimeline.of(history.revisions(id)).current().orElseThrow();
        unexplained = Optional.of(diff.apply(known, before.value())).filter(d -> !d.isEmpty());
      }
      if (unexplained.isPresent()) {
        now = later(now, last);
        number++;
        history.append(id, new CardRevision<>(id, number, now, Optional.empty(), RevisionKind.OBSERVED,
            before.version(), unexplained.get(), Optional.of(before.value())));
        last = Optional.empty();
      }
    }
    history.append(id, new CardRevision<>(id, number + 1, later(now, last), Optional.of(user),
        RevisionKind.UPDATED, after.version(), change, Optional.empty()));
  }

  /**
   * Returns a card's revisions.
   *
   * @param id the card
   * @return the revisions, in number order
   */
  public List<CardRevision<C>> revisions(I id) {
    return history.revisions(id);
  }

  /** The clock may step back; a revision is never dated before the one it follows. */
  private static Instant later(Instant now, Optional<? extends CardRevision<?>> last) {
    return last.map(CardRevision::at).filter(now::isBefore).orElse(now);
  }

  private String describe(I id) {
    return id.getClass().getSimpleName().replace("Id", "") + " " + id;
  }
}
