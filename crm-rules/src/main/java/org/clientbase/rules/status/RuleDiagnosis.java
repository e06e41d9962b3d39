package org.clientbase.rules.status;

/**
 * How one rule of the scheme stands for a client on a date: whether its precondition accepts
 * the client's status and what its conditions found, whether or not it is checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule
 * @param preconditionMet whether the rule is checked for the client's status
 * @param result what its conditions found over its window on the date
 */
public record RuleDiagnosis(StatusRule rule, boolean preconditionMet, RuleResult result) {
  /**
   * Checks the parts.
   *
   * @param rule the rule
   * @param preconditionMet whether the rule is checked
   * @param result what its conditions found
   */
  public RuleDiagnosis {
    java.util.Objects.requireNonNull(rule, "rule");
    java.util.Objects.requireNonNull(result, "result");
  }

  /**
   * Tells whether the conditions hold but the precondition keeps the rule from being checked.
   *
   * @return {@code true} for a rule blocked only by its precondition
   */
  public boolean blockedByPrecondition() {
    return result.held() && !preconditionMet;
  }
}
