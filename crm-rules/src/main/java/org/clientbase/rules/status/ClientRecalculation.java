package org.clientbase.rules.status;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;

/**
 * The "?" of a client card for one client: its status recalculated now, the transitions that brings (from
 * the last evaluated date up to today), the explanation of today's step, and the history entry
 * that set the status the client ends with.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientRecalculation {
  private final ClientId client;
  private final Optional<CurrentStatus> before;
  private final List<Outcome> transitions;
  private final Explanation today;
  private final Optional<StatusAssignment> lastChange;
  private final boolean applied;
  private final List<ListenerFailure> listenerFailures;

  ClientRecalculation(
      ClientId client,
      Optional<CurrentStatus> before,
      List<Outcome> transitions,
      Explanation today,
      Optional<StatusAssignment> lastChange,
      boolean applied,
      List<ListenerFailure> listenerFailures) {
    this.client = client;
    this.before = before;
    this.transitions = List.copyOf(transitions);
    this.today = today;
    this.lastChange = lastChange;
    this.applied = applied;
    this.listenerFailures = List.copyOf(listenerFailures);
  }

  /**
   * Returns the client.
   *
   * @return the client
   */
  public ClientId client() {
    return client;
  }

  /**
   * Returns the status recorded before the recalculation.
   *
   * @return the recorded status, empty if the client had none
   */
  public Optional<CurrentStatus> before() {
    return before;
  }

  /**
   * Returns the transitions the recalculation found, in date order, today's last.
   *
   * @return the transitions
   */
  public List<Outcome> transitions() {
    return transitions;
  }

  /**
   * Returns the status after the recalculation.
   *
   * @return the status and since when, empty if the client has none
   */
  public Optional<CurrentStatus> status() {
    return transitions.isEmpty() ? before : transitions.get(transitions.size() - 1).current();
  }

  /**
   * Returns the explanation of today's step: which rules are checked for the client's status,
   * which hold, which are blocked by their precondition.
   *
   * @return today's explanation
   */
  public Explanation today() {
    return today;
  }

  /**
   * Returns the history entry that set the status the client ends with: which rule (or person)
   * set it, when, and with which explanation.
   *
   * @return the entry, empty if the client has no status
   */
  public Optional<StatusAssignment> lastChange() {
    return lastChange;
  }

  /**
   * Tells whether the transitions were written to the history.
   *
   * @return {@code true} if applied
   */
  public boolean applied() {
    return applied;
  }

  /**
   * Returns the transition listeners that threw when told of the applied transitions.
   *
   * @return the listener failures
   */
  public List<ListenerFailure> listenerFailures() {
    return listenerFailures;
  }

  @Override
  public String toString() {
    String from = before.map(c -> c.status().toString()).orElse("(no status)");
    String to = status().map(c -> c.status().toString()).orElse("(no status)");
    String change = before.isEmpty() && status().isEmpty()
        ? "no status yet on " + today.outcome().date()
        : from + " -> " + to;
    return "ClientRecalculation{" + client + ": " + change + ", " + transitions.size()
        + " transitions" + (applied ? ", applied" : "") + "}";
  }
}
