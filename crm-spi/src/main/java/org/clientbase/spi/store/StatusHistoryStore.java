package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * entry twice. {@link #appendAll(List)} does the same for a page of clients at once; its default
 * calls {@link #append} for each, so a host needs to override it only for speed.
 * {@link #appendAll(List, Map)}, which batch work calls, also gives the ends of the histories
 * the appends were computed from ({@link StatusHistoryEnd}: the latest entry, the number of
 * entries and the version), so that a store can write without reading them again; its default
 * calls {@link #appendAll(List)}.
 *
 * <p><b>Due days.</b> A store may also keep, with each history, the client's <em>due day</em>:
 * a day before which its status cannot change without a new fact (the service gives the day the
 * status next changes when it finds it), so that a nightly run reads only the clients due and
 * those whose facts changed. Such a store says so with
 * {@link #keepsDueDays()} and implements {@link #dueClients(LocalDate, int)},
 * {@link #dueClients(LocalDate, ClientId, int)}, {@link #setDueDays} and
 * {@link #factsChanged}, with these rules: a history may have a due day or none, and one
 * without is due on every day; every append (and {@link #factsChanged}) clears the due day,
 * unless the store {@linkplain #appendSetsDueDay() sets the due day an append gives}, which it
 * then sets in the same atomic step; {@link #setDueDays} sets it only on a history still at the
 * version it names. So a due day computed from facts older than a change never hides that
 * change. The defaults keep no due days, and the nightly run then reads every client.
 *
 * <p><b>Threads.</b> Batch work calls every method from several threads at once, for
 * different clients; an implementation must be safe for that, and two appends for the same
 * client at once must leave one of them stale, never both written.
 */
public interface StatusHistoryStore extends StatusHistories {

  /**
   * Appends status changes to a client's history and records the date through which it was
   * evaluated, atomically: the one write a host implements (the overloads below and
   * {@link #appendAll} call it).
   *
   * @param append the client, the version of the history the entries were computed from, the
   *     new entries in date order continuing the history's chain (may be empty when only the
   *     evaluated date moves), and the new evaluated date or none to keep the stored one (the
   *     library never moves it backwards)
   * @return the history after the append, at the next version
   * @throws StaleWriteException if the history is at another version; nothing is written
   * @throws org.clientbase.core.InvalidValueException if the entries do not continue the
   *     chain; nothing is written
   */
  ClientStatusHistory append(StatusAppend append);

  /**
   * Appends status changes to a client's history, keeping its evaluated date. The default asks
   * {@link #append(StatusAppend)}.
   *
   * @param client the client
   * @param expectedVersion the version of the history the entries were computed from
   * @param entries the new entries, in date order, continuing the history's chain
   * @return the history after the append, at the next version
   * @throws StaleWriteException if the history is at another version; nothing is written
   * @throws org.clientbase.core.InvalidValueException if the entries do not continue the
   *     chain; nothing is written
   */
  default ClientStatusHistory append(ClientId client, long expectedVersion, List<StatusAssignment> entries) {
    return append(StatusAppend.of(client, expectedVersion, entries));
  }

  /**
   * Appends status changes to a client's history and records the date through which it was
   * evaluated, atomically. The default asks {@link #append(StatusAppend)}.
   *
   * @param client the client
   * @param expectedVersion the version of the history the entries were computed from
   * @param entries the new entries, in date order, continuing the history's chain; may be empty
   *     when only the evaluated date moves
   * @param evaluatedThrough the new evaluated date; the library never moves it backwards
   * @return the history after the append, at the next version
   * @throws StaleWriteException if the history is at another version; nothing is written
   * @throws org.clientbase.core.InvalidValueException if the entries do not continue the
   *     chain; nothing is written
   */
  default ClientStatusHistory append(
      ClientId client, long expectedVersion, List<StatusAssignment> entries, LocalDate evaluatedThrough) {
    return append(StatusAppend.of(client, expectedVersion, entries, evaluatedThrough));
  }

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
        written.put(one.client(), append(one));
      } catch (StaleWriteException stale) {
        // someone else wrote this client meanwhile: the batch reads it again
      }
    }
    return written;
  }

  /**
   * Makes the appends of a page of clients as {@link #appendAll(List)} makes them, given the
   * ends of the histories the appends were computed from ({@link #historyEnds}), so that the
   * store need not read them again. Each append's client must have its history's end in
   * {@code recorded}, at the append's expected version: a store may take the entries' numbers
   * and the end of the chain from it, since the versioned write guarantees the stored history
   * is that one. Stale appends are skipped as by {@link #appendAll(List)}.
   *
   * <p>The default checks the recorded ends and calls {@link #appendAll(List)}, so a host
   * needs to override it only to save the read.
   *
   * @param appends at most one append per client
   * @param recorded for each append's client, the end of its history at the append's expected
   *     version ({@link StatusHistoryEnd#empty} at version 0 for a client with none); other
   *     clients are ignored
   * @return the clients whose appends were written, in the order of the appends
   * @throws org.clientbase.core.InvalidValueException if a client is named twice, an append's
   *     client has no recorded end or one at another version than the append expects, or some
   *     entries do not continue their chain; nothing is written for the first two
   */
  default Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
    checkRecorded(appends, recorded);
    return new LinkedHashSet<>(appendAll(appends).keySet());
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
   * Tells whether {@link #append(StatusAppend)} and {@link #appendAll} set the due day each
   * append gives ({@link StatusAppend#dueOn()}; an append without one clears it), in the same
   * atomic step as the entries. Batch work then gives the due days of the clients it appends
   * with their appends, and calls {@link #setDueDays} only for the clients it does not append:
   * one write per client instead of two. By default not, and batch work sets every due day
   * with {@link #setDueDays} after the appends.
   *
   * @return whether appends set the due day they give; only meaningful when
   *     {@link #keepsDueDays()}
   */
  default boolean appendSetsDueDay() {
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
   * Checks that a batch of appends names each client once and that each append's client has
   * the end of its recorded history, at the append's expected version.
   *
   * @param appends the appends
   * @param recorded the ends of the histories the appends were computed from, by client
   * @throws org.clientbase.core.InvalidValueException naming the first client named twice, or
   *     the first without its recorded end or with one at another version (naming both)
   */
  static void checkRecorded(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
    checkOnePerClient(appends);
    Objects.requireNonNull(recorded, "recorded");
    for (StatusAppend one : appends) {
      StatusHistoryEnd history = recorded.get(one.client());
      if (history == null) {
        throw new InvalidValueException(
            "StatusHistoryStore.appendAll recorded", one.client(), "has no recorded history end for this append");
      }
      if (!history.client().equals(one.client()) || history.version() != one.expectedVersion()) {
        throw new InvalidValueException("StatusHistoryStore.appendAll recorded version of client " + one.client(),
            history.client() + " at version " + history.version(),
            "must be the history of the same client at the append's expected version " + one.expectedVersion());
      }
    }
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
