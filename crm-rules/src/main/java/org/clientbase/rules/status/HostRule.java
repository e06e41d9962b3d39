package org.clientbase.rules.status;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;

/**
 * A template of the host's own: a pure condition over a client's {@link FactWindow} (the same
 * interests, payments and shipments the predefined templates read, plus the host's
 * {@link HostFact}s), with the statuses it may move a client from and a priority.
 *
 * <p>Register the rule with {@link StatusScheme.Builder#hostRule(HostRule)} and bind its key to
 * a status with {@link StatusScheme.Builder#bind(TemplateKey, StatusId, int)}; the bound
 * status's period is the rule's window. When rules of a client's status hold together, the one
 * with the highest priority wins; two rules of equal priority that can hold for the same status
 * are a scheme error. The predefined templates have the priorities
 * {@link StatusScheme#DEFAULT_PRIORITIES}.
 *
 * <p>Contract: {@link #evaluate(FactWindow)} is a pure function of the window's <em>content</em>
 * (which facts are in it, with their attributes). It must not read a clock, a random source or
 * mutable state, and must be safe to call from several threads. Replay relies on this to skip
 * days on which no fact enters or leaves the window; a rule whose result also depends on the
 * position of the evaluation date (say "an interest opened at least 7 days ago") must say so
 * through {@link #dependsOnDate()}, and replay then evaluates it every day.
 *
 * <pre>{@code
 * HostRule vip = HostRule.of(TemplateKey.of("VIP"), 100, Set.of(StatusScheme.ACTIVE),
 *     window -> {
 *       List<Payment> payments = window.payments();
 *       boolean big = payments.size() >= 10;
 *       return RuleResult.allOf(ConditionResult.of("at least ten payments", big,
 *           payments.stream().map(Payment::id).toList()));
 *     });
 * }</pre>
 */
public interface HostRule {
  /**
   * Returns the key that names the rule in the scheme, the history and explanations; it must
   * not be a predefined template.
   *
   * @return the key
   */
  TemplateKey key();

  /**
   * Returns the priority: when several rules hold for a client, the highest wins.
   *
   * @return the priority
   */
  int priority();

  /**
   * Returns the statuses a client must have for the rule to be checked.
   *
   * @return the accepted previous statuses, not empty
   */
  Set<StatusId> precondition();

  /**
   * Checks the rule's conditions over a window.
   *
   * @param window the client's facts in the bound status's look-back window
   * @return whether the rule held, and the conditions with their facts
   */
  RuleResult evaluate(FactWindow window);

  /**
   * Tells whether the result may change from one day to the next even when no fact enters or
   * leaves the window. Such a rule makes replay evaluate it every day.
   *
   * @return {@code false} by default
   */
  default boolean dependsOnDate() {
    return false;
  }

  /**
   * Returns a host rule made of its parts.
   *
   * @param key the key, not a predefined template
   * @param priority the priority
   * @param precondition the accepted previous statuses
   * @param condition the condition, a pure function of the window's content
   * @return the rule
   */
  static HostRule of(
      TemplateKey key,
      int priority,
      Set<StatusId> precondition,
      Function<FactWindow, RuleResult> condition) {
    Objects.requireNonNull(key, "key");
    Set<StatusId> accepted = Set.copyOf(precondition);
    Objects.requireNonNull(condition, "condition");
    return new HostRule() {
      @Override
      public TemplateKey key() {
        return key;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public Set<StatusId> precondition() {
        return accepted;
      }

      @Override
      public RuleResult evaluate(FactWindow window) {
        return Objects.requireNonNull(condition.apply(window), "result of host rule " + key);
      }

      @Override
      public String toString() {
        return "HostRule{" + key + ", priority " + priority + ", from " + accepted + "}";
      }
    };
  }
}
