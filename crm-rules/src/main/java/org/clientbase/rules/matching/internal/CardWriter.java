package org.clientbase.rules.matching.internal;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.Versioned;

/**
 * Writes cards for a merge or an undo and records each write in the card history, if one is
 * kept, in the same unit of work.
 */
public final class CardWriter {
  private final Optional<CardHistory> history;

  /**
   * Creates the writer.
   *
   * @param history the card history to record writes in, or empty
   */
  public CardWriter(Optional<CardHistory> history) {
    this.history = Objects.requireNonNull(history, "history");
  }

  /**
   * Writes a card at the version it was read at, and records the change.
   *
   * @param kind the kind of card
   * @param current the card as read, with its version
   * @param changed the card to write
   * @param author who the change is attributed to; may be null when no history is kept
   * @param <I> the id type
   * @param <C> the card type
   * @return the card as written
   */
  public <I extends EntityId, C> Versioned<C> write(CardKind<I, C> kind, Versioned<C> current, C changed,
      UserId author) {
    Versioned<C> written = kind.store().update(changed, current.version());
    history.ifPresent(h -> kind.record(h, author, current, written));
    return written;
  }
}
