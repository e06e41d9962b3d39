package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.rules.status.internal.Engine;
import org.clientbase.rules.status.internal.NextMove;
import org.clientbase.rules.status.internal.Window;
import org.clientbase.spi.store.StatusDueDay;

/**
 * The result of {@link Evaluator#replay replaying} a client's status over a range of days:
 * every transition, with its outcome, and the status after the last day.
 *
 * <p>The outcomes of the transitions are made when first asked for, so a caller that wants only
 * the final status (the status "as of" a date) pays for nothing else.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplayResult {
  private final Evaluator evaluator;
  private final ClientActivity activity;
  private final LocalDate from;
  private final LocalDate to;
  private final Optional<CurrentStatus> start;
  private final Engine.Run run;
  private volatile List<Outcome> transitions;

  ReplayResult(
      Evaluator evaluator,
      ClientActivity activity,
      LocalDate from,
      LocalDate to,
      Optional<CurrentStatus> start,
      Engine.Run run) {
    this.evaluator = evaluator;
    this.activity = activity;
    this.from = from;
    this.to = to;
    this.start = start;
    this.run = run;
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
    List<Outcome> result = transitions;
    if (result == null) {
      result = List.copyOf(evaluator.outcomes(activity, start, run));
      transitions = result;
    }
    return result;
  }

  /**
   * Returns the status after the last day.
   *
   * @return the final status and since when; empty for a client that never had one
   */
  public Optional<CurrentStatus> status() {
    if (run.size() == 0) {
      return start;
    }
    long day = run.lastDay();
    return Optional.of(new CurrentStatus(run.lastRule().rule().status(), LocalDate.ofEpochDay(day), day));
  }

  /**
   * Returns the status the client had on a day of the range (after that day's step).
   *
   * @param day a day
   * @return the status on that day; empty if the client had none
   */
  public Optional<StatusId> statusOn(LocalDate day) {
    Optional<StatusId> result = start.map(CurrentStatus::status);
    long epochDay = day.toEpochDay();
    for (int i = 0; i < run.size() && run.day(i) <= epochDay; i++) {
      result = Optional.of(run.rule(i).rule().status());
    }
    return result;
  }

  /**
   * Returns how many days were actually evaluated; the other days of the range were skipped
   * because nothing could change on them.
   *
   * @return the number of evaluated days
   */
  public int evaluations() {
    return run.evaluations();
  }

  /**
   * The client's due day: the first day after the range on which its status changes if no fact
   * changes ({@link NextMove}), or, when that is far off, an earlier day on which it could
   * change; every day before it would leave the status as it is. {@link StatusDueDay#NEVER} when
   * no rule can move the client.
   */
  LocalDate nextDue() {
    long day = run.nextDay();
    if (day < Window.NEVER) {
      try {
        day = evaluator.nextMove(activity, run.status(), day);
      } catch (RuntimeException hostRuleFailed) {
        // a host rule failed on a day after the range: keep the day replay would evaluate next,
        // as safe a due day; the failure is the host's to see when that day is evaluated
      }
    }
    return day >= StatusDueDay.NEVER.toEpochDay() ? StatusDueDay.NEVER : LocalDate.ofEpochDay(day);
  }

  @Override
  public String toString() {
    return "ReplayResult{" + client() + " " + from + ".." + to + ": " + run.size()
        + " transitions, final " + status().map(CurrentStatus::status).orElse(null) + "}";
  }
}
