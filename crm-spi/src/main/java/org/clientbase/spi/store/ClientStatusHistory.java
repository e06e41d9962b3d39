package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;

/**
 * A client's whole status history as a store holds it: the status changes in order, the last
 * date through which the statuses were evaluated, and the version of the record.
 *
 * @param client the client
 * @param entries the status changes, ordered by date; each names the previous entry's status
 *     as its previous status
 * @param evaluatedThrough the last date through which rules were evaluated for the client
 * @param version 0 when nothing is recorded yet, then 1 and up with each append
 */
public record ClientStatusHistory(
    ClientId client, List<StatusAssignment> entries, Optional<LocalDate> evaluatedThrough, long version) {

  /**
   * Checks that the entries belong to the client and form a chain.
   *
   * @param client the client
   * @param entries the status changes, ordered by date
   * @param evaluatedThrough the last date evaluated
   * @param version the version
   */
  public ClientStatusHistory {
    Objects.requireNonNull(client, "client");
    entries = List.copyOf(entries);
    Objects.requireNonNull(evaluatedThrough, "evaluatedThrough");
    if (version < 0) {
      throw new InvalidValueException("ClientStatusHistory " + client + " version", version, "must not be negative");
    }
    checkChain(client, entries);
  }

  /**
   * Checks that entries are about one client, dated in order, and each starts from the status
   * the one before it set.
   *
   * @param client the client
   * @param entries the entries
   * @throws InvalidValueException naming the first entry that breaks the chain
   */
  public static void checkChain(ClientId client, List<StatusAssignment> entries) {
    checkChain(client, Optional.empty(), entries);
  }

  /** Checks entries as {@link #checkChain(ClientId, List)} does, as the continuation of an entry. */
  static void checkChain(ClientId client, Optional<StatusAssignment> after, List<StatusAssignment> entries) {
    Objects.requireNonNull(entries, "entries");
    Optional<StatusId> current = after.map(StatusAssignment::status);
    LocalDate last = after.map(StatusAssignment::since).orElse(LocalDate.MIN);
    for (StatusAssignment entry : entries) {
      if (!entry.client().equals(client)) {
        throw new InvalidValueException(historyOf(client), entry.client(), "holds an entry of another client");
      }
      if (entry.since().isBefore(last)) {
        throw new InvalidValueException(historyOf(client), entry.since(), "entries must be in date order, after " + last);
      }
      if (!entry.previous().equals(current)) {
        throw new InvalidValueException(
            historyOf(client), entry.previous().map(Object::toString).orElse("none"),
            "entry of " + entry.since() + " must start from " + current.map(Object::toString).orElse("no status"));
      }
      current = Optional.of(entry.status());
      last = entry.since();
    }
  }

  private static String historyOf(ClientId client) {
    return "status history of client " + client;
  }

  /**
   * Returns an empty history: no status yet, never evaluated.
   *
   * @param client the client
   * @return the empty history at version 0
   */
  public static ClientStatusHistory empty(ClientId client) {
    return new ClientStatusHistory(client, List.of(), Optional.empty(), 0);
  }

  /**
   * Returns the latest entry.
   *
   * @return the current status assignment, or empty if the client has no status
   */
  public Optional<StatusAssignment> current() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /**
   * Returns the status the client had at the end of a date.
   *
   * @param date the date
   * @return the status, or empty if the client had none then
   */
  public Optional<StatusId> statusOn(LocalDate date) {
    StatusId status = null;
    for (StatusAssignment entry : entries) {
      if (entry.since().isAfter(date)) {
        break;
      }
      status = entry.status();
    }
    return Optional.ofNullable(status);
  }
}
