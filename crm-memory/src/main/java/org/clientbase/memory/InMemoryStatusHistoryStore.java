package org.clientbase.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * An in-memory {@link StatusHistoryStore}: one versioned history per client, kept in client id
 * order. {@link #append} checks the version and the chain before it writes anything, and takes
 * part in the {@link InMemoryUnitOfWork}. It keeps due days, indexed by day, so that a nightly
 * run finds the clients due by a date without reading the others. Thread-safe.
 */
public final class InMemoryStatusHistoryStore implements StatusHistoryStore {
  private static final String STORE = "StatusHistoryStore.";

  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentSkipListMap<String, ClientStatusHistory> histories = new ConcurrentSkipListMap<>();
  private final DueDayIndex due = new DueDayIndex();

  /** Creates an empty store with its own unit of work and no fault injection. */
  public InMemoryStatusHistoryStore() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty store.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryStatusHistoryStore(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public ClientStatusHistory history(ClientId client) {
    Objects.requireNonNull(client, "client");
    faults.beforeCall(STORE + "history", false);
    return stored(client);
  }

  @Override
  public Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
    Objects.requireNonNull(clients, "clients");
    faults.beforeCall(STORE + "histories", false);
    Map<ClientId, ClientStatusHistory> result = new LinkedHashMap<>();
    for (ClientId client : clients) {
      result.put(client, stored(Objects.requireNonNull(client, "client")));
    }
    return Collections.unmodifiableMap(result);
  }

  @Override
  public Map<ClientId, StatusHistoryEnd> historyEnds(Collection<ClientId> clients) {
    Objects.requireNonNull(clients, "clients");
    faults.beforeCall(STORE + "historyEnds", false);
    Map<ClientId, StatusHistoryEnd> result = new LinkedHashMap<>();
    for (ClientId client : clients) {
      result.put(client, StatusHistoryEnd.of(stored(Objects.requireNonNull(client, "client"))));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Appends status changes to a client's history and records the evaluated date, atomically.
   *
   * @param append the client, the version of its history the entries were computed from, the
   *     new entries continuing the history's chain (may be empty), the new evaluated date or
   *     none to keep the stored one, and the due day after it or none to make it due at once
   * @return the history after the append, at the next version
   * @throws StaleWriteException if the history is at another version; nothing is written
   * @throws InvalidValueException if the entries do not continue the chain; nothing is written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public ClientStatusHistory append(StatusAppend append) {
    ClientId client = append.client();
    long expectedVersion = append.expectedVersion();
    List<StatusAssignment> added = append.entries();
    Optional<LocalDate> evaluatedThrough = append.evaluatedThrough();
    InjectedFailure late = faults.beforeWrite(STORE + "append");
    ClientStatusHistory result = unitOfWork.write(() -> {
      ClientStatusHistory before = histories.get(client.value());
      ClientStatusHistory current = before != null ? before : ClientStatusHistory.empty(client);
      if (current.version() != expectedVersion) {
        throw new StaleWriteException(
            "Status history of client " + client, expectedVersion, current.version());
      }
      List<StatusAssignment> all = new ArrayList<>(current.entries());
      all.addAll(added);
      ClientStatusHistory after = new ClientStatusHistory(
          client, all, evaluatedThrough.or(current::evaluatedThrough), current.version() + 1);
      replace(client, before, after, append.dueOn().orElse(DueDayIndex.AT_ONCE));
      return after;
    });
    if (late != null) {
      throw late;
    }
    return result;
  }

  /** Stores a client's new history and due day, and how to undo both. Under the lock. */
  private void replace(
      ClientId client, ClientStatusHistory before, ClientStatusHistory after, LocalDate dueOn) {
    histories.put(client.value(), after);
    LocalDate dueBefore = due.put(client.value(), dueOn);
    unitOfWork.onUndo(() -> {
      if (before == null) {
        histories.remove(client.value());
      } else {
        histories.put(client.value(), before);
      }
      due.put(client.value(), dueBefore);
    });
  }

  /**
   * Tells that this store keeps due days.
   *
   * @return {@code true}
   */
  @Override
  public boolean keepsDueDays() {
    return true;
  }

  /**
   * Tells that appends set the due day they give (and clear it when they give none).
   *
   * @return {@code true}
   */
  @Override
  public boolean appendSetsDueDay() {
    return true;
  }

  /**
   * Returns the first clients due on or before a date, in client id order, from the index by
   * due day.
   *
   * @param through the date
   * @param limit at least 1
   * @return up to {@code limit} clients
   * @throws InvalidValueException if {@code limit} is below 1
   */
  @Override
  public List<ClientId> dueClients(LocalDate through, int limit) {
    return dueAfter(through, null, limit);
  }

  /**
   * Returns the clients due on or before a date after a given one, in client id order.
   *
   * @param through the date
   * @param after the last client already seen
   * @param limit at least 1
   * @return up to {@code limit} clients
   * @throws InvalidValueException if {@code limit} is below 1
   */
  @Override
  public List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
    return dueAfter(through, Objects.requireNonNull(after, "after").value(), limit);
  }

  private List<ClientId> dueAfter(LocalDate through, String after, int limit) {
    Objects.requireNonNull(through, "through");
    if (limit < 1) {
      throw new InvalidValueException("StatusHistory dueClients limit", limit, "must be at least 1");
    }
    faults.beforeCall(STORE + "dueClients", false);
    return due.due(through, after, limit);
  }

  /**
   * Records due days, each only on a history still at the version it names.
   *
   * @param dueDays at most one per client
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails after the effect
   */
  @Override
  public void setDueDays(List<StatusDueDay> dueDays) {
    List<StatusDueDay> all = List.copyOf(dueDays);
    InjectedFailure late = faults.beforeWrite(STORE + "setDueDays");
    unitOfWork.write(() -> {
      for (StatusDueDay day : all) {
        String client = day.client().value();
        ClientStatusHistory current = histories.get(client);
        if (current != null && current.version() == day.expectedVersion()) {
          LocalDate before = due.put(client, day.dueOn());
          unitOfWork.onUndo(() -> due.put(client, before));
        }
      }
      return null;
    });
    if (late != null) {
      throw late;
    }
  }

  /**
   * Moves each client's history to its next version (creating it empty if there is none) and
   * makes it due at once.
   *
   * @param clients the clients whose facts changed
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails after the effect
   */
  @Override
  public void factsChanged(Collection<ClientId> clients) {
    List<ClientId> all = List.copyOf(clients);
    InjectedFailure late = faults.beforeWrite(STORE + "factsChanged");
    unitOfWork.write(() -> {
      for (ClientId client : all) {
        ClientStatusHistory before = histories.get(client.value());
        ClientStatusHistory current = before != null ? before : ClientStatusHistory.empty(client);
        replace(client, before, new ClientStatusHistory(
            client, current.entries(), current.evaluatedThrough(), current.version() + 1),
            DueDayIndex.AT_ONCE);
      }
      return null;
    });
    if (late != null) {
      throw late;
    }
  }

  /**
   * Returns the stored histories in client id order, after a given client. Clients that never
   * had an append are left out.
   *
   * @param request the first page or the page after a client, and the largest number of
   *     histories
   * @return up to {@code request.limit()} histories in client id order
   */
  @Override
  public List<ClientStatusHistory> page(PageRequest<ClientId> request) {
    Optional<ClientId> after = request.after();
    int limit = request.limit();
    faults.beforeCall(STORE + "page", false);
    NavigableMap<String, ClientStatusHistory> tail =
        after.isPresent() ? histories.tailMap(after.get().value(), false) : histories;
    List<ClientStatusHistory> page = new ArrayList<>(Math.min(limit, 1024));
    for (ClientStatusHistory history : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(history);
    }
    return Collections.unmodifiableList(page);
  }

  /**
   * Returns every stored history in client id order, for assertions in tests. Not counted by
   * the fault injector.
   *
   * @return a copy of the store's contents
   */
  public List<ClientStatusHistory> all() {
    return List.copyOf(histories.values());
  }

  private ClientStatusHistory stored(ClientId client) {
    ClientStatusHistory history = histories.get(client.value());
    return history != null ? history : ClientStatusHistory.empty(client);
  }
}
