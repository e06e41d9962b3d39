package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;

/**
 * The end of a client's status history: its latest entry, how many entries it has, the last
 * date evaluated and the version. Batch work needs no more than this to go on from a history,
 * and a store on a database reads it without the entries before the latest one
 * ({@link StatusHistories#historyEnds}).
 *
 * @param client the client
 * @param latest the latest entry, or empty when the history has none
 * @param entryCount the number of entries in the history: 0 exactly when {@code latest} is
 *     empty
 * @param evaluatedThrough the last date through which rules were evaluated for the client
 * @param version 0 when nothing is recorded yet, then 1 and up with each append
 */
public record StatusHistoryEnd(
    ClientId client, Optional<StatusAssignment> latest, int entryCount, Optional<LocalDate> evaluatedThrough,
    long version) {

  /**
   * Checks that the parts describe the end of one client's history.
   *
   * @param client the client
   * @param latest the latest entry, of this client
   * @param entryCount the number of entries, at least 1 when there is a latest one and 0 when not
   * @param evaluatedThrough the last date evaluated
   * @param version the version, not negative
   * @throws InvalidValueException naming the part that does not fit
   */
  public StatusHistoryEnd {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(evaluatedThrough, "evaluatedThrough");
    if (version < 0) {
      throw new InvalidValueException(nameOf(client, "version"), version, "must not be negative");
    }
    if (entryCount < 0 || latest.isPresent() != (entryCount > 0)) {
      throw new InvalidValueException(nameOf(client, "entryCount"), entryCount,
          latest.isPresent() ? "must be at least 1 with a latest entry" : "must be 0 without a latest entry");
    }
    if (latest.isPresent()) {
      StatusAssignment entry = latest.get();
      if (!entry.client().equals(client)) {
        throw new InvalidValueException(nameOf(client, "latest entry"), entry.client(),
            "is an entry of another client");
      }
      if (entryCount == 1 && entry.previous().isPresent()) {
        throw new InvalidValueException(nameOf(client, "latest entry"), entry.previous().get(),
            "is the only entry, so it cannot start from a previous status");
      }
    }
  }

  private static String nameOf(ClientId client, String part) {
    return "StatusHistoryEnd of client " + client + " " + part;
  }

  /**
   * Returns the end of a whole history.
   *
   * @param history the history
   * @return its latest entry, number of entries, evaluated date and version
   */
  public static StatusHistoryEnd of(ClientStatusHistory history) {
    return new StatusHistoryEnd(history.client(), history.current(), history.entries().size(),
        history.evaluatedThrough(), history.version());
  }

  /**
   * Returns the end of an empty history: no status yet, never evaluated, version 0.
   *
   * @param client the client
   * @return the end of {@link ClientStatusHistory#empty}
   */
  public static StatusHistoryEnd empty(ClientId client) {
    return new StatusHistoryEnd(client, Optional.empty(), 0, Optional.empty(), 0);
  }

  /**
   * Checks that entries continue this history: entries of its client, dated in order from the
   * latest entry on, each starting from the status the one before it set.
   *
   * @param entries the entries that would follow the latest one
   * @throws InvalidValueException naming the first entry that breaks the chain
   */
  public void checkContinuedBy(List<StatusAssignment> entries) {
    ClientStatusHistory.checkChain(client, latest, entries);
  }
}
