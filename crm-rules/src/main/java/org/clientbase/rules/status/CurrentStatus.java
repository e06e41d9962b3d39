package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.Objects;
import org.clientbase.core.id.StatusId;

/**
 * A client's status and the date from which it holds: the state the evaluator steps from.
 *
 * <p>The date counts as evaluated: a status set on a day (by a rule or by a person) is that
 * day's step, so evaluating the same day again changes nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class CurrentStatus {
  private final StatusId status;
  private final LocalDate since;
  /** The date as an epoch day, kept beside the status so a batch compares without a lookup. */
  private final long sinceDay;

  private CurrentStatus(StatusId status, LocalDate since) {
    this(status, since, since.toEpochDay());
  }

  CurrentStatus(StatusId status, LocalDate since, long sinceDay) {
    this.status = Objects.requireNonNull(status, "status");
    this.since = Objects.requireNonNull(since, "since");
    this.sinceDay = sinceDay;
  }

  /**
   * Returns a current status.
   *
   * @param status the status
   * @param since the date from which the client has it
   * @return the current status
   */
  public static CurrentStatus of(StatusId status, LocalDate since) {
    return new CurrentStatus(status, since);
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public StatusId status() {
    return status;
  }

  /**
   * Returns the date from which the client has the status.
   *
   * @return the date
   */
  public LocalDate since() {
    return since;
  }

  long sinceDay() {
    return sinceDay;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CurrentStatus c && c.status.equals(status) && c.since.equals(since);
  }

  @Override
  public int hashCode() {
    return status.hashCode() * 31 + since.hashCode();
  }

  @Override
  public String toString() {
    return "CurrentStatus[status=" + status + ", since=" + since + "]";
  }
}
