package org.clientbase.rules.status;

import java.util.List;
import java.util.Objects;

/**
 * What a rule found over a window: whether it held and the conditions that decided it.
 *
 * <pre>{@code
 * RuleResult result = RuleResult.allOf(
 *     ConditionResult.of("a contract signed", !contracts.isEmpty(), ids(contracts)));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param held whether the rule held
 * @param conditions the conditions checked, in the rule's order
 */
public record RuleResult(boolean held, List<ConditionResult> conditions) {
  /**
   * Checks and copies the parts.
   *
   * @param held whether the rule held
   * @param conditions the conditions checked
   */
  public RuleResult {
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
  }

  /**
   * Returns a result that holds when every condition held.
   *
   * @param conditions the conditions
   * @return the result
   */
  public static RuleResult allOf(ConditionResult... conditions) {
    List<ConditionResult> list = List.of(conditions);
    return new RuleResult(list.stream().allMatch(ConditionResult::held), list);
  }

  /**
   * Returns a result that holds when at least one condition held.
   *
   * @param conditions the conditions
   * @return the result
   */
  public static RuleResult anyOf(ConditionResult... conditions) {
    List<ConditionResult> list = List.of(conditions);
    return new RuleResult(list.stream().anyMatch(ConditionResult::held), list);
  }
}
