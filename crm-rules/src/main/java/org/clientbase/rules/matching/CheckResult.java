package org.clientbase.rules.matching;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;

/**
 * What a check of a card before it is saved found: the existing cards it looks like, best first,
 * and what the host's {@link CheckPolicy} makes of them.
 *
 * <pre>{@code
 * CheckResult result = control.check(user, lead);
 * switch (result.action()) {
 *   case ALLOW -> save(lead);
 *   case WARN -> askUser(result.matches());
 *   case BLOCK -> showError(result.matches().get(0).explain());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param card the checked card
 * @param action the action the policy gives for the strongest match; {@link CheckAction#ALLOW}
 *     without matches
 * @param matches the matches, best score first; each names the checked card as {@link
 *     Match#left()} and the existing card as {@link Match#right()}; on behalf of a user, only the
 *     cards the user may see
 * @param hidden how many more existing cards look like it that the user may not see: all the
 *     user learns of them is that a possible duplicate exists that they cannot see; 0 for a
 *     check made as the system
 */
public record CheckResult(EntityId card, CheckAction action, List<Match> matches, int hidden) {
  /**
   * Checks and copies the parts.
   *
   * @param card the checked card
   * @param action the action
   * @param matches the matches
   * @param hidden the matches the user may not see
   */
  public CheckResult {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(action, "action");
    matches = List.copyOf(matches);
    if (hidden < 0) {
      throw new InvalidValueException("CheckResult.hidden", hidden, "must not be negative");
    }
  }

  /**
   * Creates the result of a check that sees every card.
   *
   * @param card the checked card
   * @param action the action
   * @param matches the matches
   */
  public CheckResult(EntityId card, CheckAction action, List<Match> matches) {
    this(card, action, matches, 0);
  }

  /**
   * Tells whether any existing card looks like the checked one, seen or not.
   *
   * @return {@code true} if there is a match
   */
  public boolean hasMatches() {
    return !matches.isEmpty() || hidden > 0;
  }

  /**
   * Returns the result if the policy does not block, for hosts that handle refusals as
   * exceptions.
   *
   * @return this result
   * @throws DuplicateBlockedException if the action is {@link CheckAction#BLOCK}
   */
  public CheckResult orThrow() {
    if (action == CheckAction.BLOCK) {
      throw new DuplicateBlockedException(card, matches, hidden);
    }
    return this;
  }
}
