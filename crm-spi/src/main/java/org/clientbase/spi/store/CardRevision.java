package org.clientbase.spi.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;

/**
 * One entry of a card's change history: who changed the card, when, and what changed, field by
 * field (custom fields included).
 *
 * <p>A card's revisions are numbered 1, 2, 3, ... without gaps, and their instants never go
 * back. The first revision, and every {@link RevisionKind#OBSERVED observed} one, holds the
 * whole card ({@link #snapshot()}); an {@link RevisionKind#UPDATED update} holds only its
 * {@link #diff()}. So the card as of any instant is the latest snapshot at or before it with
 * the later diffs up to that instant applied in order.
 *
 * <p>Invariants by kind, checked here:
 * <ul>
 *   <li>{@link RevisionKind#CREATED}: number 1, an author, a snapshot, an empty diff;</li>
 *   <li>{@link RevisionKind#UPDATED}: a number above 1, an author, no snapshot, a diff that
 *       changes something;</li>
 *   <li>{@link RevisionKind#OBSERVED}: no author, a snapshot; the diff against the previous
 *       revision's card (empty for a first revision).</li>
 * </ul>
 *
 * @param card the id of the card
 * @param number the revision number, from 1 up without gaps
 * @param at when the revision was recorded, by the host's clock
 * @param author who made the change; empty for an observed revision
 * @param kind what the revision records
 * @param cardVersion the version under which the card store holds the card as of this revision
 * @param diff the changed fields with their old and new values
 * @param snapshot the whole card as of this revision, for creations and observed revisions
 * @param <C> the card type: {@link org.clientbase.core.client.Client} or
 *     {@link org.clientbase.core.client.ContactPerson}
 */
public record CardRevision<C>(
    EntityId card, long number, Instant at, Optional<UserId> author, RevisionKind kind,
    long cardVersion, CardDiff<C> diff, Optional<C> snapshot) {

  /**
   * Checks the invariants of the revision's kind.
   *
   * @param card the id of the card
   * @param number the revision number, at least 1
   * @param at when the revision was recorded
   * @param author who made the change
   * @param kind what the revision records
   * @param cardVersion the card's store version, at least 1
   * @param diff the changes
   * @param snapshot the whole card
   * @throws InvalidValueException naming the part that breaks the invariants
   */
  public CardRevision {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(snapshot, "snapshot");
    String name = "revision " + number + " of " + card;
    if (number < 1) {
      throw new InvalidValueException(name + " number", number, "must be at least 1");
    }
    if (cardVersion < 1) {
      throw new InvalidValueException(name + " cardVersion", cardVersion, "must be at least 1");
    }
    switch (kind) {
      case CREATED -> {
        require(number == 1, name, "number", number, "a creation is the first revision");
        require(author.isPresent(), name, "author", null, "a creation names its author");
        require(snapshot.isPresent(), name, "snapshot", null, "a creation holds the card as created");
        require(diff.isEmpty(), name, "diff", diff, "a creation has no diff");
      }
      case UPDATED -> {
        require(number > 1, name, "number", number, "an update follows a revision that holds the card");
        require(author.isPresent(), name, "author", null, "an update names its author");
        require(snapshot.isEmpty(), name, "snapshot", snapshot.orElse(null), "an update holds only its diff");
        require(!diff.isEmpty(), name, "diff", diff, "an update changes at least one field");
      }
      case OBSERVED -> {
        require(author.isEmpty(), name, "author", author.orElse(null), "who changed the card is not known");
        require(snapshot.isPresent(), name, "snapshot", null, "an observed revision holds the card as found");
        require(number > 1 || diff.isEmpty(), name, "diff", diff, "a first revision has nothing to differ from");
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
  }

  private static void require(boolean condition, String name, String part, Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(name + " " + part, value, rule);
    }
  }

  /**
   * Tells whether the revision holds the whole card.
   *
   * @return {@code true} for creations and observed revisions
   */
  public boolean hasSnapshot() {
    return snapshot.isPresent();
  }
}
