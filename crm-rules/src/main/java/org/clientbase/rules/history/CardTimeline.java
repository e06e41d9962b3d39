package org.clientbase.rules.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;

/**
 * A card's history as a function of time: the card as of any instant, rebuilt from the
 * revisions. Pure and immutable: no store, no clock.
 *
 * <p>The card as of an instant is the card of the last revision recorded at or before it. It is
 * rebuilt from the latest revision that holds the whole card (a creation or an observed
 * revision), applying the diffs of the updates after it in order.
 *
 * <pre>{@code
 * CardTimeline<Client> timeline = CardTimeline.of(clientHistoryStore.revisions(id));
 * Optional<Client> then = timeline.asOf(Instant.parse("2026-02-01T00:00:00Z"));
 * Client now = timeline.current().orElseThrow();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the card type
 */
public final class CardTimeline<C> {
  private final List<CardRevision<C>> revisions;

  private CardTimeline(List<CardRevision<C>> revisions) {
    this.revisions = revisions;
  }

  /**
   * Returns the timeline of a card's revisions.
   *
   * @param revisions the revisions of one card, in number order
   * @param <C> the card type
   * @return the timeline
   * @throws InvalidValueException if the revisions are of several cards, are not numbered 1, 2,
   *     3, ..., go back in time, or the first one does not hold the whole card
   */
  public static <C> CardTimeline<C> of(List<CardRevision<C>> revisions) {
    List<CardRevision<C>> copy = List.copyOf(revisions);
    for (int i = 0; i < copy.size(); i++) {
      CardRevision<C> revision = copy.get(i);
      String name = "history of " + copy.get(0).card();
      if (!revision.card().equals(copy.get(0).card())) {
        throw new InvalidValueException(name, revision.card(), "holds a revision of another card");
      }
      if (revision.number() != i + 1) {
        throw new InvalidValueException(name + " revision " + (i + 1), revision.number(), "revisions must be numbered 1, 2, 3, ...");
      }
      if (i == 0 && !revision.hasSnapshot()) {
        throw new InvalidValueException(name + " revision 1", revision.kind(), "the first revision must hold the whole card");
      }
      if (i > 0 && revision.at().isBefore(copy.get(i - 1).at())) {
        throw new InvalidValueException(name + " revision " + (i + 1) + " at", revision.at(),
            "is before the previous revision's " + copy.get(i - 1).at());
      }
    }
    return new CardTimeline<>(copy);
  }

  /**
   * Returns the revisions.
   *
   * @return the revisions, in number order
   */
  public List<CardRevision<C>> revisions() {
    return revisions;
  }

  /**
   * Tells whether anything is recorded.
   *
   * @return {@code true} if there is no revision
   */
  public boolean isEmpty() {
    return revisions.isEmpty();
  }

  /**
   * Returns the card as of an instant.
   *
   * @param at the instant
   * @return the card as the last revision at or before the instant left it; empty if the first
   *     revision is later
   */
  public Optional<C> asOf(Instant at) {
    Objects.requireNonNull(at, "at");
    int last = -1;
    for (int i = 0; i < revisions.size() && !revisions.get(i).at().isAfter(at); i++) {
      last = i;
    }
    return last < 0 ? Optional.empty() : Optional.of(rebuild(last));
  }

  /**
   * Returns the card as of its last revision.
   *
   * @return the card, or empty if nothing is recorded
   */
  public Optional<C> current() {
    return revisions.isEmpty() ? Optional.empty() : Optional.of(rebuild(revisions.size() - 1));
  }

  /**
   * Returns the card as a revision left it.
   *
   * @param number the revision number, from 1
   * @return the card
   * @throws InvalidValueException if there is no such revision
   */
  public C atRevision(long number) {
    if (number < 1 || number > revisions.size()) {
      throw new InvalidValueException("revision number", number,
          "must be from 1 to " + revisions.size() + (revisions.isEmpty() ? " (nothing is recorded)" : ""));
    }
    return rebuild((int) number - 1);
  }

  /**
   * Returns the revisions recorded in a period.
   *
   * @param from the first instant, included
   * @param to the last instant, included
   * @return the revisions with {@code from <= at <= to}, in number order
   */
  public List<CardRevision<C>> between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<CardRevision<C>> found = new ArrayList<>();
    for (CardRevision<C> revision : revisions) {
      if (!revision.at().isBefore(from) && !revision.at().isAfter(to)) {
        found.add(revision);
      }
    }
    return List.copyOf(found);
  }

  private C rebuild(int index) {
    int base = index;
    while (!revisions.get(base).hasSnapshot()) {
      base--;
    }
    C card = revisions.get(base).snapshot().orElseThrow();
    for (int i = base + 1; i <= index; i++) {
      CardRevision<C> revision = revisions.get(i);
      if (revision.kind() != RevisionKind.UPDATED) {
        throw new IllegalStateException("revision " + revision.number() + " holds no diff to apply");
      }
      card = revision.diff().applyTo(card);
    }
    return card;
  }
}
