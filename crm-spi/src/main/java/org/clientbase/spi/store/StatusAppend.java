package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;

/**
 * One client's append to its status history, as {@link StatusHistoryStore#append(StatusAppend)}
 * and a {@link StatusHistoryStore#appendAll batch of appends} take it. Made with {@code of(...)}.
 *
 * @param client the client
 * @param expectedVersion the version of the history the entries were computed from
 * @param entries the new entries, in date order, continuing the history's chain; may be empty
 *     when only the evaluated date moves
 * @param evaluatedThrough the new evaluated date, or empty to keep the stored one
 * @param dueOn the client's due day after the append, for a store that
 *     {@linkplain StatusHistoryStore#appendSetsDueDay() sets due days with appends}; empty to
 *     clear it, so that the client is due on every day until its due day is set. A store that
 *     keeps no due days, or sets them only with {@link StatusHistoryStore#setDueDays}, ignores it
 */
public record StatusAppend(
    ClientId client, long expectedVersion, List<StatusAssignment> entries,
    Optional<LocalDate> evaluatedThrough, Optional<LocalDate> dueOn) {

  /**
   * Checks the parts.
   *
   * @param client the client
   * @param expectedVersion at least 0
   * @param entries the new entries
   * @param evaluatedThrough the new evaluated date, or empty
   * @param dueOn the due day after the append, not after {@link StatusDueDay#NEVER}, or empty
   */
  public StatusAppend {
    Objects.requireNonNull(client, "client");
    if (expectedVersion < 0) {
      throw new InvalidValueException(
          "StatusAppend " + client + " expectedVersion", expectedVersion, "must not be negative");
    }
    entries = List.copyOf(entries);
    Objects.requireNonNull(evaluatedThrough, "evaluatedThrough");
    Objects.requireNonNull(dueOn, "dueOn");
    if (dueOn.isPresent() && dueOn.get().isAfter(StatusDueDay.NEVER)) {
      throw new InvalidValueException(
          "StatusAppend " + client + " dueOn", dueOn.get(), "must not be after " + StatusDueDay.NEVER);
    }
  }

  /**
   * Returns this append with the client's due day after it.
   *
   * @param day the due day, not after {@link StatusDueDay#NEVER}
   * @return a new append
   */
  public StatusAppend withDueOn(LocalDate day) {
    return new StatusAppend(client, expectedVersion, entries, evaluatedThrough,
        Optional.of(Objects.requireNonNull(day, "dueOn")));
  }

  /**
   * An append that keeps the stored evaluated date.
   *
   * @param client the client
   * @param expectedVersion the version of the history the entries were computed from
   * @param entries the new entries, in date order
   * @return the append
   */
  public static StatusAppend of(ClientId client, long expectedVersion, List<StatusAssignment> entries) {
    return new StatusAppend(client, expectedVersion, entries, Optional.empty(), Optional.empty());
  }

  /**
   * An append that also moves the evaluated date.
   *
   * @param client the client
   * @param expectedVersion the version of the history the entries were computed from
   * @param entries the new entries, in date order; may be empty when only the date moves
   * @param evaluatedThrough the new evaluated date
   * @return the append
   */
  public static StatusAppend of(
      ClientId client, long expectedVersion, List<StatusAssignment> entries, LocalDate evaluatedThrough) {
    return new StatusAppend(client, expectedVersion, entries,
        Optional.of(Objects.requireNonNull(evaluatedThrough, "evaluatedThrough")), Optional.empty());
  }
}
