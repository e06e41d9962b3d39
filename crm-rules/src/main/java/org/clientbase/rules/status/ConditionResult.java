package org.clientbase.rules.status;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;

/**
 * One condition of a rule checked over a window: what it requires, whether it held, and the
 * facts that bear on it (the facts found for "at least one ...", the offending facts for
 * "no ...").
 *
 * <pre>{@code
 * ConditionResult.of("no payment", false, List.of(PaymentId.of("p-7")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param condition the condition in words, e.g. "at least one active interest"
 * @param held whether the condition held
 * @param facts the ids of the facts that bear on the condition, in date order
 */
public record ConditionResult(String condition, boolean held, List<EntityId> facts) {
  /**
   * Checks and copies the parts.
   *
   * @param condition the condition in words
   * @param held whether it held
   * @param facts the facts that bear on it
   */
  public ConditionResult {
    if (condition == null || condition.isBlank()) {
      throw new InvalidValueException("ConditionResult.condition", condition, "must not be blank");
    }
    facts = List.copyOf(Objects.requireNonNull(facts, "facts"));
  }

  /**
   * Returns a condition result.
   *
   * @param condition the condition in words
   * @param held whether it held
   * @param facts the facts that bear on it
   * @return the result
   */
  public static ConditionResult of(String condition, boolean held, List<? extends EntityId> facts) {
    return new ConditionResult(condition, held, List.copyOf(facts));
  }

  /**
   * Returns how many facts bear on the condition.
   *
   * @return the number of facts
   */
  public int count() {
    return facts.size();
  }

  @Override
  public String toString() {
    return condition + (held ? " [held" : " [failed") + ", " + facts.size()
        + (facts.isEmpty() ? "]" : ": " + facts + "]");
  }
}
