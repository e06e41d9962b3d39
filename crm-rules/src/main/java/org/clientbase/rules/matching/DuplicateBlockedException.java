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
  /** The matches the user may not see. */
  private final int hidden;

  /**
   * Creates the exception.
   *
   * @param card the refused card
   * @param matches the matches, best first, at least one
   */
  public DuplicateBlockedException(EntityId card, List<Match> matches) {
    this(card, matches, 0);
  }

  /**
   * Creates the exception for a check made on behalf of a user, who may not see every match.
   *
   * @param card the refused card
   * @param matches the matches the user may see, best first
   * @param hidden how many more matches the user may not see; at least one match in all
   */
  public DuplicateBlockedException(EntityId card, List<Match> matches, int hidden) {
    super(message(card, matches, hidden));
    this.card = card;
    this.matches = List.copyOf(matches);
    this.hidden = hidden;
  }

  private static String message(EntityId card, List<Match> matches, int hidden) {
    if (matches.isEmpty()) {
      return card + " is a possible duplicate of " + (hidden == 1 ? "a card" : hidden + " cards") + " you cannot see";
    }
    Match best = matches.get(0);
    return card + " is a duplicate of " + best.right() + " (score " + FieldEvidence.format(best.score()) + ", "
        + best.level().map(Enum::name).orElse("") + "): " + String.join("; ", best.reasons())
        + (hidden == 0 ? "" : "; and a possible duplicate of " + (hidden == 1 ? "a card" : hidden + " cards")
            + " you cannot see");
  }

  /**
   * Returns how many of the matches the user on whose behalf the check was made may not see.
   *
   * @return the hidden matches; 0 for a check made as the system
   */
  public int hidden() {
    return hidden;
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
