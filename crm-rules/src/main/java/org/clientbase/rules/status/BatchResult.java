package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;

/**
 * What a batch recalculation did: how many clients it went through, how many changed, the
 * failures (the first ones kept in full, all of them counted) and the last client it finished,
 * from which an interrupted batch may be resumed.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchResult {
  private final LocalDate date;
  private final long clients;
  private final long changedClients;
  private final long transitions;
  private final long failedClients;
  private final List<ClientFailure> failures;
  private final long listenerFailureCount;
  private final List<ListenerFailure> listenerFailures;
  private final Optional<ClientId> lastClient;

  BatchResult(
      LocalDate date,
      long clients,
      long changedClients,
      long transitions,
      long failedClients,
      List<ClientFailure> failures,
      long listenerFailureCount,
      List<ListenerFailure> listenerFailures,
      Optional<ClientId> lastClient) {
    this.date = date;
    this.clients = clients;
    this.changedClients = changedClients;
    this.transitions = transitions;
    this.failedClients = failedClients;
    this.failures = List.copyOf(failures);
    this.listenerFailureCount = listenerFailureCount;
    this.listenerFailures = List.copyOf(listenerFailures);
    this.lastClient = lastClient;
  }

  /**
   * Returns the date the statuses were computed for: today by the service's clock.
   *
   * @return the evaluation date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns how many clients the batch went through, failed ones included.
   *
   * @return the number of clients
   */
  public long clients() {
    return clients;
  }

  /**
   * Returns how many clients got at least one new history entry.
   *
   * @return the number of changed clients
   */
  public long changedClients() {
    return changedClients;
  }

  /**
   * Returns how many history entries were written.
   *
   * @return the number of transitions
   */
  public long transitions() {
    return transitions;
  }

  /**
   * Returns how many clients failed.
   *
   * @return the number of failed clients
   */
  public long failedClients() {
    return failedClients;
  }

  /**
   * Returns the failed clients with their errors, up to the service's limit.
   *
   * @return the first failures
   */
  public List<ClientFailure> failures() {
    return failures;
  }

  /**
   * Returns how many times a transition listener threw.
   *
   * @return the number of listener failures
   */
  public long listenerFailureCount() {
    return listenerFailureCount;
  }

  /**
   * Returns the listener failures, up to the service's limit.
   *
   * @return the first listener failures
   */
  public List<ListenerFailure> listenerFailures() {
    return listenerFailures;
  }

  /**
   * Returns the last client of the last batch finished: every client up to it in id order is
   * done. Pass it to {@link StatusService#recalculateAll(ClientId)} to resume.
   *
   * @return the last client finished, or empty if none was
   */
  public Optional<ClientId> lastClient() {
    return lastClient;
  }

  @Override
  public String toString() {
    return "BatchResult{" + date + ": " + clients + " clients, " + changedClients + " changed, "
        + transitions + " transitions, " + failedClients + " failed, " + listenerFailureCount
        + " listener failures, last " + lastClient.map(ClientId::value).orElse("-") + "}";
  }
}
