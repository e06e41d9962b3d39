package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.internal.CompiledRule;

/**
 * The result of one evaluation step for one client on one date: the new status or
 * "unchanged", the rule that held, its reasons and the other rules that also held.
 *
 * <p>The reasons and the list of other rules are worked out when first asked for, from the same
 * facts, so the common case (a batch that only wants the new status) costs no more than the
 * decision itself. An outcome is immutable and safe to share.
 *
 * <pre>{@code
 * Outcome outcome = evaluator.evaluate(activity, current, today);
 * if (outcome.changed()) {
 *   history.append(outcome.toAssignment().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Outcome {
  private final Evaluator evaluator;
  private final ClientActivity activity;
  private final LocalDate date;
  private final CurrentStatus previous;
  private final CompiledRule rule;
  private final StatusId status;
  private final Optional<StatusId> present;
  private final boolean changed;
  private final boolean alreadyEvaluated;
  private volatile List<ConditionResult> reasons;
  private volatile List<TemplateKey> alsoHeld;

  Outcome(
      Evaluator evaluator,
      ClientActivity activity,
      LocalDate date,
      CurrentStatus previous,
      CompiledRule rule,
      Optional<StatusId> status,
      boolean alreadyEvaluated) {
    this.evaluator = evaluator;
    this.activity = activity;
    this.date = date;
    this.previous = previous;
    this.rule = rule;
    this.present = status;
    this.status = status.orElse(null);
    this.changed = this.status != null
        && (previous == null || !previous.status().equals(this.status));
    this.alreadyEvaluated = alreadyEvaluated;
  }

  /**
   * Returns the client.
   *
   * @return the client
   */
  public ClientId client() {
    return activity.client();
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the status before the step.
   *
   * @return the previous status, empty for a client that had none
   */
  public Optional<CurrentStatus> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Tells whether the step moved the client to another status.
   *
   * @return {@code true} if the status changed
   */
  public boolean changed() {
    return changed;
  }

  /**
   * Returns the new status, if the step changed it.
   *
   * @return the new status, or empty when unchanged
   */
  public Optional<StatusId> newStatus() {
    return changed ? present : Optional.empty();
  }

  /**
   * Returns the status after the step: the new one, or the unchanged one.
   *
   * @return the status after the step; empty only for a client that had none and got none
   */
  public Optional<StatusId> status() {
    return present;
  }

  /**
   * Returns the status after the step (the new one, or the unchanged one) and since when.
   *
   * @return the status after the step; empty only for a client that had none and got none
   */
  public Optional<CurrentStatus> current() {
    if (changed) {
      return Optional.of(CurrentStatus.of(status, date));
    }
    return Optional.ofNullable(previous);
  }

  /**
   * Returns the template whose rule held and decided the step. It may hold without a change,
   * when it moves the client to the status it already has.
   *
   * @return the winning template, or empty when no rule held
   */
  public Optional<TemplateKey> rule() {
    return rule == null ? Optional.empty() : Optional.of(rule.rule().template());
  }

  /**
   * Returns the winning rule's conditions with the facts that made them hold.
   *
   * @return the reasons, empty when no rule held
   */
  public List<ConditionResult> reasons() {
    List<ConditionResult> result = reasons;
    if (result == null) {
      result = rule == null ? List.of() : rule.explain(activity, date).conditions();
      reasons = result;
    }
    return result;
  }

  /**
   * Returns the other rules checked for the client's status that also held on the date but
   * lost on priority.
   *
   * @return the other rules that held, by descending priority
   */
  public List<TemplateKey> alsoHeld() {
    List<TemplateKey> result = alsoHeld;
    if (result == null) {
      result = rule == null ? List.of() : evaluator.othersHolding(activity, previous, rule, date);
      alsoHeld = result;
    }
    return result;
  }

  /**
   * Returns the step in words, for the history and for users.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation(new StringBuilder(256));
  }

  /** The explanation, written in a scratch buffer that a caller reuses for several outcomes. */
  String explanation(StringBuilder text) {
    if (alreadyEvaluated) {
      return "already evaluated on " + date + ": the status " + previous.status()
          + " was set that day";
    }
    if (rule == null) {
      return previous == null
          ? "no status for a new client: the scheme has none for a new client"
          : "no rule applies to status " + previous.status() + " on " + date;
    }
    text.setLength(0);
    text.append(rule.rule().template()).append(" held on ");
    CompiledRule.appendDate(text, date);
    if (!changed) {
      text.append(", and the client already has status ").append(status);
    }
    if (reasons != null || !rule.appendReasons(text, activity, date)) {
      String separator = ": ";
      for (ConditionResult reason : reasons()) {
        text.append(separator).append(reason);
        separator = "; ";
      }
    }
    if (!alsoHeld().isEmpty()) {
      text.append("; also held: ").append(alsoHeld());
    }
    return text.toString();
  }

  /**
   * Returns the history entry of the step.
   *
   * @return the entry, or empty when the status did not change
   */
  public Optional<StatusAssignment> toAssignment() {
    if (!changed) {
      return Optional.empty();
    }
    return Optional.of(assignment(new StringBuilder(256)));
  }

  /** The history entry of a step that changed the status, its text written in a scratch buffer. */
  StatusAssignment assignment(StringBuilder scratch) {
    if (!changed) {
      throw new IllegalStateException("the step did not change the status: " + this);
    }
    return StatusAssignment.builder()
        .client(client())
        .previous(previous().map(CurrentStatus::status))
        .status(status)
        .since(date)
        .reason(StatusReason.byRule(rule.rule().template()))
        .explanation(explanation(scratch))
        .build();
  }

  @Override
  public String toString() {
    return "Outcome{" + client() + " " + date + ": "
        + (changed ? previous().map(p -> p.status().toString()).orElse("-") + " -> " + status
            : "unchanged " + previous().map(p -> p.status().toString()).orElse("-"))
        + rule().map(r -> " by " + r).orElse("") + "}";
  }
}
