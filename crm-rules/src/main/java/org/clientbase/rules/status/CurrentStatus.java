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
 * @param status the status
 * @param since the date from which the client has it
 */
public record CurrentStatus(StatusId status, LocalDate since) {
  /**
   * Checks the parts.
   *
   * @param status the status
   * @param since the date from which the client has it
   */
  public CurrentStatus {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
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
}
