package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.StaleWriteException;

/**
 * Stores each client's status history: the status changes and the last date through which the
 * rules were evaluated.
 *
 * <p>A client's history is one versioned record. {@link #append} adds entries and moves the
 * evaluated date in one atomic step, and only if the history is still at the version the
 * entries were computed from; so a batch that is interrupted and run again never records an
 * entry twice.
 */
public interface StatusHistoryStore {

  /**
   * Returns a client's history.
   *
   * @param client the client
   * @return the history; {@link ClientStatusHistory#empty} at version 0 if nothing is recorded
   */
  ClientStatusHistory history(ClientId client);

  /**
   * Returns the histories of many clients in one call.
   *
   * @param clients the clients
   * @return a history for every client asked for (empty ones at version 0)
   */
  Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients);

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
   * Returns histories in client id order, after a given client, for reports over the whole
   * base. Clients without any entry may be left out.
   *
   * @param after the last client already seen, or empty to start at the beginning
   * @param limit the largest number of histories to return, at least 1
   * @return up to {@code limit} histories in client id order
   */
  List<ClientStatusHistory> page(Optional<ClientId> after, int limit);
}
