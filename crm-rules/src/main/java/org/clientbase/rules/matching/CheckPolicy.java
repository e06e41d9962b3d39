package org.clientbase.rules.matching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The host's policy for a card that looks like existing ones when it is saved: an action per
 * {@link MatchLevel}. The action of a check is that of its strongest match; a card without
 * matches is always allowed.
 *
 * <pre>{@code
 * CheckPolicy.defaults();                      // certain: BLOCK, strong: WARN, probable: WARN
 * CheckPolicy.warnOnly();                      // every level: WARN
 * CheckPolicy.defaults().on(MatchLevel.STRONG, CheckAction.BLOCK);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckPolicy {
  private final Map<MatchLevel, CheckAction> actions;

  private CheckPolicy(Map<MatchLevel, CheckAction> actions) {
    this.actions = actions;
  }

  /**
   * Returns the default policy: a certain match blocks, a strong or probable one warns.
   *
   * @return the policy
   */
  public static CheckPolicy defaults() {
    return new CheckPolicy(new EnumMap<>(Map.of(
        MatchLevel.CERTAIN, CheckAction.BLOCK, MatchLevel.STRONG, CheckAction.WARN,
        MatchLevel.PROBABLE, CheckAction.WARN)));
  }

  /**
   * Returns a policy under which every match only warns.
   *
   * @return the policy
   */
  public static CheckPolicy warnOnly() {
    return uniform(CheckAction.WARN);
  }

  /**
   * Returns a policy under which every match blocks.
   *
   * @return the policy
   */
  public static CheckPolicy blockAll() {
    return uniform(CheckAction.BLOCK);
  }

  private static CheckPolicy uniform(CheckAction action) {
    Map<MatchLevel, CheckAction> actions = new EnumMap<>(MatchLevel.class);
    for (MatchLevel level : MatchLevel.values()) {
      actions.put(level, action);
    }
    return new CheckPolicy(actions);
  }

  /**
   * Returns this policy with another action for one level.
   *
   * @param level the level
   * @param action the action for matches of that level
   * @return the changed policy
   */
  public CheckPolicy on(MatchLevel level, CheckAction action) {
    Map<MatchLevel, CheckAction> changed = new EnumMap<>(actions);
    changed.put(Objects.requireNonNull(level, "level"), Objects.requireNonNull(action, "action"));
    return new CheckPolicy(changed);
  }

  /**
   * Returns the action for a level.
   *
   * @param level the level
   * @return the action
   */
  public CheckAction actionFor(MatchLevel level) {
    return actions.get(Objects.requireNonNull(level, "level"));
  }

  @Override
  public String toString() {
    return "CheckPolicy" + actions;
  }
}
