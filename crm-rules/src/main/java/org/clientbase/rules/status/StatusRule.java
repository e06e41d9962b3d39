package org.clientbase.rules.status;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.rules.status.internal.PredefinedTemplates;

/**
 * A template as bound in a built {@link StatusScheme}: the status it moves a client to, the
 * look-back period, the statuses it accepts as the previous status, and its priority.
 *
 * <p>The NEW_CLIENT rule is special: it reads no facts (its period is 0) and applies only to a
 * client that has no status yet.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusRule {
  private final TemplateKey template;
  private final StatusId status;
  private final int periodDays;
  private final Set<StatusId> precondition;
  private final int priority;
  private final Optional<HostRule> hostRule;

  StatusRule(
      TemplateKey template,
      StatusId status,
      int periodDays,
      Set<StatusId> precondition,
      int priority,
      Optional<HostRule> hostRule) {
    this.template = template;
    this.status = status;
    this.periodDays = periodDays;
    this.precondition = Set.copyOf(precondition);
    this.priority = priority;
    this.hostRule = hostRule;
  }

  /**
   * Returns the template.
   *
   * @return the template
   */
  public TemplateKey template() {
    return template;
  }

  /**
   * Returns the status the rule moves a client to.
   *
   * @return the bound status
   */
  public StatusId status() {
    return status;
  }

  /**
   * Returns the look-back period.
   *
   * @return the period in days; 0 for NEW_CLIENT
   */
  public int periodDays() {
    return periodDays;
  }

  /**
   * Returns the statuses a client must have for the rule to be checked.
   *
   * @return the accepted previous statuses; empty for NEW_CLIENT
   */
  public Set<StatusId> precondition() {
    return precondition;
  }

  /**
   * Tells whether the rule applies only to a client that has no status yet.
   *
   * @return {@code true} for NEW_CLIENT
   */
  public boolean forNewClient() {
    return template.equals(TemplateKey.NEW_CLIENT);
  }

  /**
   * Tells whether the rule is checked for a client with the given status.
   *
   * @param current the client's status
   * @return whether the precondition accepts it
   */
  public boolean accepts(StatusId current) {
    return precondition.contains(Objects.requireNonNull(current, "current"));
  }

  /**
   * Tells whether the rule is checked for a client without a status: only the rule for a new
   * client is.
   *
   * @return whether the precondition accepts a client without a status
   */
  public boolean acceptsNoStatus() {
    return forNewClient();
  }

  /**
   * Returns the priority; the highest of the rules that hold wins.
   *
   * @return the priority
   */
  public int priority() {
    return priority;
  }

  /**
   * Returns the host's rule, for a host template.
   *
   * @return the host rule; empty for a predefined template
   */
  public Optional<HostRule> hostRule() {
    return hostRule;
  }

  /**
   * Describes the rule's conditions in words.
   *
   * @return e.g. "at least one active interest; no won interest; no payment; no shipment"
   */
  public String conditions() {
    if (forNewClient()) {
      return "no earlier status";
    }
    if (hostRule.isPresent()) {
      return "the host's conditions of " + template;
    }
    return PredefinedTemplates.describe(
        PredefinedTemplates.anyOf(template), PredefinedTemplates.noneOf(template));
  }

  @Override
  public String toString() {
    return template + " -> " + status
        + (forNewClient() ? " (for a new client)"
            : " (" + periodDays + " days, from " + new TreeSet<>(precondition)
                + ", priority " + priority + ")");
  }
}
