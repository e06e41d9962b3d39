package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * {@link SyntheticBase.CompactHistory} with due days, the way a host with a million clients keeps
 * them: one more primitive column for the due day and, for each day, the set of clients due on
 * it (a bit set by client number), so the clients due by a date are read from the few sets up
 * to it. A client without a due day is in the set of {@link Integer#MIN_VALUE}: due at once.
 */
final class DueDayHistory implements StatusHistoryStore {
  private static final int AT_ONCE = Integer.MIN_VALUE;
  private static final int NONE = Integer.MAX_VALUE;

  private final SyntheticBase.CompactHistory compact;
  private final int[] due;
  private final TreeMap<Integer, BitSet> byDay = new TreeMap<>();

  DueDayHistory(int size) {
    compact = new SyntheticBase.CompactHistory(size);
    due = new int[size];
    java.util.Arrays.fill(due, NONE);
  }

  private void file(int client, int day) {
    int before = due[client];
    if (before != NONE) {
      BitSet old = byDay.get(before);
      old.clear(client);
      if (old.isEmpty()) {
        byDay.remove(before);
      }
    }
    due[client] = day;
    byDay.computeIfAbsent(day, d -> new BitSet()).set(client);
  }

  @Override
  public synchronized ClientStatusHistory history(ClientId client) {
    return compact.history(client);
  }

  @Override
  public synchronized Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
    return StatusHistoryStore.super.histories(clients);
  }

  @Override
  public synchronized ClientStatusHistory append(
      ClientId client, long expectedVersion, List<StatusAssignment> entries, Optional<LocalDate> evaluatedThrough) {
    ClientStatusHistory after = compact.append(client, expectedVersion, entries, evaluatedThrough);
    file(StatusData.index(client), AT_ONCE);
    return after;
  }

  @Override
  public List<ClientStatusHistory> page(Optional<ClientId> after, int limit) {
    return compact.page(after, limit);
  }

  @Override
  public boolean keepsDueDays() {
    return true;
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, int limit) {
    return due(through, 0, limit);
  }

  @Override
  public List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
    return due(through, StatusData.index(after) + 1, limit);
  }

  private synchronized List<ClientId> due(LocalDate through, int from, int limit) {
    List<BitSet> sets = new ArrayList<>(byDay.headMap((int) through.toEpochDay(), true).values());
    List<ClientId> result = new ArrayList<>(limit);
    int next = from;
    while (result.size() < limit) {
      int first = -1;
      for (BitSet set : sets) {
        int one = set.nextSetBit(next);
        if (one >= 0 && (first < 0 || one < first)) {
          first = one;
        }
      }
      if (first < 0) {
        break;
      }
      result.add(StatusData.id(first));
      next = first + 1;
    }
    return result;
  }

  @Override
  public synchronized void setDueDays(List<StatusDueDay> dueDays) {
    for (StatusDueDay day : dueDays) {
      int client = StatusData.index(day.client());
      if (compact.version(client) == day.expectedVersion()) {
        file(client, (int) day.dueOn().toEpochDay());
      }
    }
  }

  @Override
  public synchronized void factsChanged(Collection<ClientId> clients) {
    for (ClientId client : clients) {
      ClientStatusHistory current = compact.history(client);
      compact.append(client, current.version(), List.of(), Optional.empty());
      file(StatusData.index(client), AT_ONCE);
    }
  }

  /** Counts the clients with each kind of due day, for the benchmark's report. */
  synchronized int dueBy(LocalDate through) {
    int count = 0;
    for (BitSet set : byDay.headMap((int) through.toEpochDay(), true).values()) {
      count += set.cardinality();
    }
    return count;
  }
}
