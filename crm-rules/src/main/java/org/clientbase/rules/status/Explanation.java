package org.clientbase.rules.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.WorkStatus;

/**
 * Why a client has, gets or keeps a status on a date (the "?" of a client card): the outcome of
 * the step, and for every rule of the scheme whether it is checked for the client's status and
 * what its conditions found.
 *
 * <pre>{@code
 * Explanation why = evaluator.explain(activity, Optional.of(current), today);
 * if (why.stuck()) {
 *   show(why.summary());   // "... ACTIVE would hold (...) but accepts only ..."
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Explanation {
  private final StatusScheme scheme;
  private final Outcome outcome;
  private final List<RuleDiagnosis> rules;

  Explanation(StatusScheme scheme, Outcome outcome, List<RuleDiagnosis> rules) {
    this.scheme = scheme;
    this.outcome = outcome;
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the outcome of the step on the date.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns every rule of the scheme with its diagnosis, in evaluation order.
   *
   * @return the diagnoses
   */
  public List<RuleDiagnosis> rules() {
    return rules;
  }

  /**
   * Returns the rules whose precondition accepts the client's status.
   *
   * @return the checked rules
   */
  public List<RuleDiagnosis> checked() {
    return rules.stream().filter(RuleDiagnosis::preconditionMet).toList();
  }

  /**
   * Returns the rules whose conditions hold but whose precondition does not accept the
   * client's status: the reason a client that looks as if it should move does not.
   *
   * @return the blocked rules
   */
  public List<RuleDiagnosis> blocked() {
    return rules.stream().filter(RuleDiagnosis::blockedByPrecondition).toList();
  }

  /**
   * Tells whether the client keeps its status on the date.
   *
   * @return {@code true} when the step changes nothing
   */
  public boolean stuck() {
    return !outcome.changed();
  }

  /**
   * Returns the explanation in words, one sentence per line.
   *
   * @return the summary
   */
  public String summary() {
    List<String> lines = new ArrayList<>();
    Optional<StatusId> current = outcome.previous().map(CurrentStatus::status);
    String client = "Client " + outcome.client();
    if (outcome.changed()) {
      lines.add(client + " moves " + current.map(s -> "from " + name(s) + " ").orElse("")
          + "to " + name(outcome.newStatus().orElseThrow()) + " on " + outcome.date() + ": "
          + outcome.explanation() + ".");
    } else if (current.isEmpty()) {
      lines.add(client + " has no status and gets none on " + outcome.date()
          + ": the scheme has no status for a new client.");
    } else {
      lines.add(client + " stays " + name(current.get()) + " on " + outcome.date() + ": "
          + outcome.explanation() + ".");
      List<RuleDiagnosis> checked = checked();
      if (checked.isEmpty()) {
        lines.add("No rule accepts " + name(current.get()) + " as the previous status: it is"
            + " kept until a person changes it.");
      }
      for (RuleDiagnosis rule : checked) {
        if (!rule.result().held()) {
          lines.add(rule.rule().template() + " (to " + name(rule.rule().status())
              + ") does not hold: " + failed(rule.result()) + ".");
        }
      }
      for (RuleDiagnosis rule : blocked()) {
        lines.add(rule.rule().template() + " would hold (" + held(rule.result())
            + ") but its precondition accepts only " + names(rule.rule()) + ", not "
            + name(current.get()) + ".");
      }
    }
    return String.join("\n", lines);
  }

  private static String failed(RuleResult result) {
    List<String> parts = new ArrayList<>();
    for (ConditionResult condition : result.conditions()) {
      if (!condition.held()) {
        parts.add(condition.toString());
      }
    }
    return parts.isEmpty() ? "its conditions are not met" : String.join("; ", parts);
  }

  private static String held(RuleResult result) {
    List<String> parts = new ArrayList<>();
    for (ConditionResult condition : result.conditions()) {
      parts.add(condition.toString());
    }
    return String.join("; ", parts);
  }

  private String names(StatusRule rule) {
    if (rule.forNewClient()) {
      return "a client without a status";
    }
    List<String> names = new ArrayList<>();
    for (StatusId id : new TreeSet<>(rule.precondition())) {
      names.add(name(id));
    }
    return names.isEmpty() ? "no status at all" : String.join(", ", names);
  }

  private String name(StatusId id) {
    return scheme.status(id).map(WorkStatus::name).orElse(id.value()) + " [" + id + "]";
  }

  @Override
  public String toString() {
    return summary();
  }
}
