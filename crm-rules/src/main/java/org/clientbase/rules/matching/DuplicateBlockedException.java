package org.clientbase.rules.matching;

import java.util.List;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.id.EntityId;

/** A card was refused because the host's {@link CheckPolicy} blocks its matches. */
public class DuplicateBlockedException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The card that was refused. */
  private final EntityId card;
  /** The matches, best first. */
  private final transient List<Match> matches;

  /**
   * Creates the exception.
   *
   * @param card the refused card
   * @param matches the matches, best first, at least one
   */
  public DuplicateBlockedException(EntityId card, List<Match> matches) {
    super(card + " is a duplicate of " + matches.get(0).right() + " (score "
        + FieldEvidence.format(matches.get(0).score()) + ", " + matches.get(0).level().map(Enum::name).orElse("")
        + "): " + String.join("; ", matches.get(0).reasons()));
    this.card = card;
    this.matches = List.copyOf(matches);
  }

  /**
   * Returns the refused card.
   *
   * @return the card's id
   */
  public EntityId card() {
    return card;
  }

  /**
   * Returns the matches that blocked it.
   *
   * @return the matches, best first
   */
  public List<Match> matches() {
    return matches;
  }
}
