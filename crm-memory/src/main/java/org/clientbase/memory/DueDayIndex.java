package org.clientbase.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.clientbase.core.id.ClientId;

/**
 * The due days of the in-memory status histories, indexed by day: for each day the clients due
 * on it, in id order, so that the clients due by a date are a merge of the few days' sets up to
 * it. A history without a due day is filed under {@link LocalDate#MIN}: due on every day.
 * Writes are made under the store's lock; reads run beside them and see each client at least
 * once while it moves from one day to another.
 */
final class DueDayIndex {
  /** The day of a history without a due day. */
  static final LocalDate AT_ONCE = LocalDate.MIN;

  private final ConcurrentHashMap<String, LocalDate> dueOf = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<LocalDate, NavigableSet<String>> byDay = new ConcurrentSkipListMap<>();

  /**
   * Files a client under a day, or takes it out of the index.
   *
   * @param client the client's id
   * @param day its day, {@link #AT_ONCE}, or {@code null} to take it out
   * @return the day it was filed under before, or {@code null}
   */
  LocalDate put(String client, LocalDate day) {
    LocalDate before = day == null ? dueOf.remove(client) : dueOf.put(client, day);
    if (day != null) {
      byDay.computeIfAbsent(day, d -> new ConcurrentSkipListSet<>()).add(client);
    }
    if (before != null && !before.equals(day)) {
      NavigableSet<String> old = byDay.get(before);
      old.remove(client);
      if (old.isEmpty()) {
        byDay.remove(before);
      }
    }
    return before;
  }

  /**
   * Returns the clients due on or before a date, after a given one, in id order.
   *
   * @param through the date
   * @param after the last client already seen, or {@code null} for the start
   * @param limit the largest number to return
   * @return the clients
   */
  List<ClientId> due(LocalDate through, String after, int limit) {
    PriorityQueue<Head> heads = new PriorityQueue<>();
    for (NavigableSet<String> clients : byDay.headMap(through, true).values()) {
      Iterator<String> ids = after == null ? clients.iterator() : clients.tailSet(after, false).iterator();
      if (ids.hasNext()) {
        heads.add(new Head(ids.next(), ids));
      }
    }
    List<ClientId> due = new ArrayList<>(Math.min(limit, 1024));
    String last = null;
    while (due.size() < limit && !heads.isEmpty()) {
      Head head = heads.poll();
      if (!head.id.equals(last)) {
        due.add(ClientId.of(head.id));
        last = head.id;
      }
      if (head.rest.hasNext()) {
        heads.add(new Head(head.rest.next(), head.rest));
      }
    }
    return due;
  }

  /** The next client of one day's set, and the rest of it. */
  private record Head(String id, Iterator<String> rest) implements Comparable<Head> {
    @Override
    public int compareTo(Head other) {
      return id.compareTo(other.id);
    }
  }
}
