package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;

/**
 * One client's due day for {@link StatusHistoryStore#setDueDays}: a day before which its status
 * cannot change without a new fact (the day it next changes, when the service finds it),
 * computed from its history at a given version.
 *
 * @param client the client
 * @param expectedVersion the version of the history the due day was computed from, at least 1
 * @param dueOn the due day; {@link #NEVER} for a status no rule can leave
 */
public record StatusDueDay(ClientId client, long expectedVersion, LocalDate dueOn) {
  /** The due day of a client whose status can change only with new facts: 9999-12-31. */
  public static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

  /**
   * Checks the parts.
   *
   * @param client the client
   * @param expectedVersion at least 1
   * @param dueOn the due day, not after {@link #NEVER}
   */
  public StatusDueDay {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(dueOn, "dueOn");
    if (expectedVersion < 1) {
      throw new InvalidValueException(
          "StatusDueDay " + client + " expectedVersion", expectedVersion, "must be at least 1");
    }
    if (dueOn.isAfter(NEVER)) {
      throw new InvalidValueException("StatusDueDay " + client + " dueOn", dueOn, "must not be after " + NEVER);
    }
  }
}
