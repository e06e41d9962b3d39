package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;

/**
 * The result of {@link Evaluator#replay replaying} a client's status over a range of days:
 * every transition, with its outcome, and the status after the last day.
 */
public final class ReplayResult {
  private final ClientId client;
  private final LocalDate from;
  private final LocalDate to;
  private final Optional<CurrentStatus> start;
  private final List<Outcome> transitions;
  private final int evaluations;

  ReplayResult(
      ClientId client,
      LocalDate from,
      LocalDate to,
      Optional<CurrentStatus> start,
      List<Outcome> transitions,
      int evaluations) {
    this.client = client;
    this.from = from;
    this.to = to;
    this.start = start;
    this.transitions = List.copyOf(transitions);
    this.evaluations = evaluations;
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
   * Returns the first day of the range.
   *
   * @return the first day
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last day of the range.
   *
   * @return the last day
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the transitions in date order, each the outcome of its day.
   *
   * @return the transitions
   */
  public List<Outcome> transitions() {
    return transitions;
  }

  /**
   * Returns the status after the last day.
   *
   * @return the final status and since when; empty for a client that never had one
   */
  public Optional<CurrentStatus> status() {
    return transitions.isEmpty()
        ? start
        : transitions.get(transitions.size() - 1).current();
  }

  /**
   * Returns the status the client had on a day of the range (after that day's step).
   *
   * @param day a day
   * @return the status on that day; empty if the client had none
   */
  public Optional<StatusId> statusOn(LocalDate day) {
    Optional<CurrentStatus> result = start;
    for (Outcome transition : transitions) {
      if (transition.date().isAfter(day)) {
        break;
      }
      result = transition.current();
    }
    return result.map(CurrentStatus::status);
  }

  /**
   * Returns how many days were actually evaluated; the other days of the range were skipped
   * because nothing could change on them.
   *
   * @return the number of evaluated days
   */
  public int evaluations() {
    return evaluations;
  }

  @Override
  public String toString() {
    return "ReplayResult{" + client + " " + from + ".." + to + ": " + transitions.size()
        + " transitions, final " + status().map(CurrentStatus::status).orElse(null) + "}";
  }
}
