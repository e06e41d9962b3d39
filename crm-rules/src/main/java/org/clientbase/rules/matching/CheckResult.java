package org.clientbase.rules.matching;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.EntityId;

/**
 * What a check of a card before it is saved found: the existing cards it looks like, best first,
 * and what the host's {@link CheckPolicy} makes of them.
 *
 * <pre>{@code
 * CheckResult result = control.check(lead);
 * switch (result.action()) {
 *   case ALLOW -> save(lead);
 *   case WARN -> askUser(result.matches());
 *   case BLOCK -> showError(result.matches().get(0).explain());
 * }
 * }</pre>
 *
 * @param card the checked card
 * @param action the action the policy gives for the strongest match; {@link CheckAction#ALLOW}
 *     without matches
 * @param matches the matches, best score first; each names the checked card as {@link
 *     Match#left()} and the existing card as {@link Match#right()}
 *
 * <p>Immutable and thread-safe.
 */
public record CheckResult(EntityId card, CheckAction action, List<Match> matches) {
  /**
   * Checks and copies the parts.
   *
   * @param card the checked card
   * @param action the action
   * @param matches the matches
   */
  public CheckResult {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(action, "action");
    matches = List.copyOf(matches);
  }

  /**
   * Tells whether any existing card looks like the checked one.
   *
   * @return {@code true} if there is a match
   */
  public boolean hasMatches() {
    return !matches.isEmpty();
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
      throw new DuplicateBlockedException(card, matches);
    }
    return this;
  }
}
