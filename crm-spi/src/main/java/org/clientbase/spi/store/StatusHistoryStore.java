package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.StaleWriteException;

/**
 * Stores each client's status history: the status changes and the last date through which the
 * rules were evaluated. The reads are those of {@link StatusHistories}; this adds the writes.
 *
 * <p>A client's history is one versioned record. {@link #append} adds entries and moves the
 * evaluated date in one atomic step, and only if the history is still at the version the
 * entries were computed from; so a batch that is interrupted and run again never records an
 * entry twice. {@link #appendAll} does the same for a page of clients at once; its default
 * calls {@link #append} for each, so a host needs to override it only for speed.
 *
 * <p><b>Due days.</b> A store may also keep, with each history, the client's <em>due day</em>:
 * the first day its status could change without a new fact, so that a nightly run reads only
 * the clients due and those whose facts changed. Such a store says so with
 * {@link #keepsDueDays()} and implements {@link #dueClients(LocalDate, int)},
 * {@link #dueClients(LocalDate, ClientId, int)}, {@link #setDueDays} and
 * {@link #factsChanged}, with these rules: a history may have a due day or none, and one
 * without is due on every day; every append (and {@link #factsChanged}) clears the due day;
 * {@link #setDueDays} sets it only on a history still at the version it names. So a due day
 * computed from facts older than a change never hides that change. The defaults keep no due
 * days, and the nightly run then reads every client.
 *
 * <p><b>Threads.</b> Batch work calls every method from several threads at once, for
 * different clients; an implementation must be safe for that, and two appends for the same
 * client at once must leave one of them stale, never both written.
 */
public interface StatusHistoryStore extends StatusHistories {

  /**
   * Appends status changes to a client's history and records the date through which it was
   * evaluated, atomically.
   *
   * @param client the client
   * @param expectedVersion the version of the history the entries were computed from
   * @param entries the new entries, in date order, continuing the history's chain; may be empty
   *     when only the evaluated date moves
   * @param evaluatedThrough the new evaluated date, or empty to keep the stored one; the
   *     library never moves it backwards
   * @return the history after the append, at the next version
   * @throws StaleWriteException if the history is at another version; nothing is written
   * @throws org.clientbase.core.InvalidValueException if the entries do not continue the
   *     chain; nothing is written
   */
  ClientStatusHistory append(
      ClientId client, long expectedVersion, List<StatusAssignment> entries,
      Optional<LocalDate> evaluatedThrough);

  /**
   * Makes the appends of a page of clients, each as {@link #append} makes it, with as few round
   * trips as the store can. An append whose history is at another version than it expects is
   * skipped: nothing is written for its client and it is missing from the result (batch work
   * then reads that client again). Any other failure is thrown; the library calls this inside
   * a unit of work, so with a transactional one nothing of the call is written.
   *
   * <p>The default calls {@link #append} for each, in order, skipping the stale ones.
   *
   * @param appends at most one append per client
   * @return the histories after the appends written, by client, in the order of the appends
   * @throws org.clientbase.core.InvalidValueException if a client is named twice, or some
   *     entries do not continue their chain
   */
  default Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
    checkOnePerClient(appends);
    Map<ClientId, ClientStatusHistory> written = new LinkedHashMap<>();
    for (StatusAppend one : appends) {
      try {
        written.put(one.client(),
            append(one.client(), one.expectedVersion(), one.entries(), one.evaluatedThrough()));
      } catch (StaleWriteException stale) {
        // someone else wrote this client meanwhile: the batch reads it again
      }
    }
    return written;
  }

  /**
   * Tells whether this store keeps due days; by default not, and then the service never calls
   * {@link #dueClients} and the nightly run reads every client.
   *
   * @return whether {@link #dueClients}, {@link #setDueDays} and {@link #factsChanged} are
   *     implemented
   */
  default boolean keepsDueDays() {
    return false;
  }

  /**
   * Returns the first clients due on or before a date, in client id order: those whose history
   * has a due day not after the date, or none.
   *
   * @param through the date
   * @param limit the largest number of clients to return, at least 1
   * @return up to {@code limit} clients in id order
   * @throws UnsupportedOperationException by default: the store keeps no due days
   */
  default List<ClientId> dueClients(LocalDate through, int limit) {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no due days");
  }

  /**
   * Returns the clients due on or before a date after a given client, in client id order, as
   * {@link #dueClients(LocalDate, int)} does for the start.
   *
   * @param through the date
   * @param after the last client already seen
   * @param limit the largest number of clients to return, at least 1
   * @return up to {@code limit} clients with ids greater than {@code after}, in id order
   * @throws UnsupportedOperationException by default: the store keeps no due days
   */
  default List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no due days");
  }

  /**
   * Records the due days of a page of clients. A due day whose history is at another version
   * than it names is skipped (the client stays due); the versions do not move.
   *
   * <p>The default does nothing: the store keeps no due days.
   *
   * @param dueDays at most one per client
   */
  default void setDueDays(List<StatusDueDay> dueDays) {
    Objects.requireNonNull(dueDays, "dueDays");
  }

  /**
   * Records that the facts of some clients changed: for each, moves its history to the next
   * version (creating it, empty, at version 1 if there is none) and clears its due day, so
   * that the next nightly run reads it and a due day computed before the change is refused.
   *
   * <p>The default does nothing: the store keeps no due days, so every nightly run reads
   * every client anyway.
   *
   * @param clients the clients
   */
  default void factsChanged(Collection<ClientId> clients) {
    Objects.requireNonNull(clients, "clients");
  }

  /**
   * Checks that a batch of appends names each client once.
   *
   * @param appends the appends
   * @throws org.clientbase.core.InvalidValueException naming the first client named twice
   */
  static void checkOnePerClient(List<StatusAppend> appends) {
    Set<ClientId> seen = new HashSet<>();
    for (StatusAppend one : Objects.requireNonNull(appends, "appends")) {
      if (!seen.add(one.client())) {
        throw new InvalidValueException(
            "StatusHistoryStore.appendAll client", one.client(), "is named by more than one append");
      }
    }
  }
}
