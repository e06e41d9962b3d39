package org.clientbase.rules.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.clientbase.core.Checks;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusAssignment;

/**
 * The status dynamics report: how the structure of the client base changed over a
 * period (by default a week) ending on a date.
 *
 * <p>A client's status on a date is its last history entry dated on or before it (a client's
 * entries are taken in the order given, which for a store's history is date order). The report gives the number of clients per status at
 * the start and at the end of the period, the matrix of start-to-end movements per client
 * ({@link Section#transitions()}, the diagonal being the clients that kept their status), and
 * the count of recorded changes inside the period ({@link Section#changes()}); optionally the
 * same per responsible manager.
 *
 * <pre>{@code
 * StatusDynamicsReport week = StatusDynamicsReport.of(history, LocalDate.of(2026, 3, 20));
 * week.total().atEnd().get(StatusScheme.LOST);   // lost clients on 20 March
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusDynamicsReport {
  /** The default period: one week. */
  public static final int DEFAULT_PERIOD_DAYS = 7;

  private final LocalDate start;
  private final LocalDate end;
  private final int periodDays;
  private final Section total;
  private final List<Section> byManager;

  private StatusDynamicsReport(
      LocalDate start, LocalDate end, int periodDays, Section total, List<Section> byManager) {
    this.start = start;
    this.end = end;
    this.periodDays = periodDays;
    this.total = total;
    this.byManager = List.copyOf(byManager);
  }

  /**
   * Computes the report for the week ending on a date.
   *
   * @param history status history entries of any number of clients, in recording order
   * @param end the last day of the period
   * @return the report
   */
  public static StatusDynamicsReport of(Iterable<StatusAssignment> history, LocalDate end) {
    return of(history, end, DEFAULT_PERIOD_DAYS);
  }

  /**
   * Computes the report for a period ending on a date.
   *
   * @param history status history entries of any number of clients, in recording order
   * @param end the last day of the period
   * @param periodDays the length of the period in days, at least 1; the start is
   *     {@code end - periodDays}
   * @return the report
   * @throws org.clientbase.core.InvalidValueException if the period is not positive
   */
  public static StatusDynamicsReport of(
      Iterable<StatusAssignment> history, LocalDate end, int periodDays) {
    return compute(history, end, periodDays, null);
  }

  /**
   * Computes the report for a period ending on a date, in total and per responsible manager.
   *
   * @param history status history entries of any number of clients, in recording order
   * @param end the last day of the period
   * @param periodDays the length of the period in days, at least 1
   * @param managerOf the responsible manager of each client (empty for none)
   * @return the report
   * @throws org.clientbase.core.InvalidValueException if the period is not positive
   */
  public static StatusDynamicsReport of(
      Iterable<StatusAssignment> history,
      LocalDate end,
      int periodDays,
      Function<ClientId, Optional<UserId>> managerOf) {
    return compute(history, end, periodDays, Objects.requireNonNull(managerOf, "managerOf"));
  }

  private static StatusDynamicsReport compute(
      Iterable<StatusAssignment> history,
      LocalDate end,
      int periodDays,
      Function<ClientId, Optional<UserId>> managerOf) {
    Objects.requireNonNull(history, "history");
    Accumulator accumulator = new Accumulator(end, periodDays, managerOf != null);
    Map<ClientId, List<StatusAssignment>> byClient = new LinkedHashMap<>();
    for (StatusAssignment entry : history) {
      byClient.computeIfAbsent(entry.client(), c -> new ArrayList<>()).add(entry);
    }
    byClient.values().forEach(entries -> entries.sort(Comparator.comparing(StatusAssignment::since)));
    byClient.forEach((client, entries) -> accumulator.addClient(entries,
        managerOf == null ? Optional.empty()
            : Objects.requireNonNull(managerOf.apply(client), "manager of " + client)));
    return accumulator.build();
  }

  /**
   * Collects the report one client at a time, so that a caller walking a history store page by
   * page holds only the counts, never the whole history.
   */
  static final class Accumulator {
    private final LocalDate start;
    private final LocalDate end;
    private final int periodDays;
    private final boolean byManager;
    private final Builder total = new Builder(Optional.empty());
    private final Map<Optional<UserId>, Builder> managers = new HashMap<>();

    Accumulator(LocalDate end, int periodDays, boolean byManager) {
      Objects.requireNonNull(end, "end");
      Checks.check(periodDays > 0, "StatusDynamicsReport.periodDays", periodDays, "must be at least 1");
      this.start = end.minusDays(periodDays);
      this.end = end;
      this.periodDays = periodDays;
      this.byManager = byManager;
    }

    /** Adds one client's entries, in recording order, with its manager. */
    void addClient(List<StatusAssignment> entries, Optional<UserId> manager) {
      Track track = new Track();
      for (StatusAssignment entry : entries) {
        if (!entry.since().isAfter(start)) {
          track.atStart = entry.status();
        }
        if (!entry.since().isAfter(end)) {
          track.atEnd = entry.status();
        }
        if (entry.since().isAfter(start) && !entry.since().isAfter(end)) {
          track.changes.add(new Move(entry.previous(), entry.status()));
        }
      }
      total.add(track);
      if (byManager) {
        managers.computeIfAbsent(manager, Builder::new).add(track);
      }
    }

    StatusDynamicsReport build() {
      List<Section> sections = new ArrayList<>();
      managers.values().forEach(b -> sections.add(b.build()));
      sections.sort(Comparator.comparing(
          (Section s) -> s.manager().map(UserId::value).orElse(null),
          Comparator.nullsLast(Comparator.naturalOrder())));
      return new StatusDynamicsReport(start, end, periodDays, total.build(), sections);
    }
  }

  /**
   * Returns the start of the period: the day whose statuses are compared with the end.
   *
   * @return end minus the period
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the period.
   *
   * @return the end
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the length of the period.
   *
   * @return the period in days
   */
  public int periodDays() {
    return periodDays;
  }

  /**
   * Returns the figures over all clients.
   *
   * @return the total section
   */
  public Section total() {
    return total;
  }

  /**
   * Returns the figures per responsible manager, by manager id, clients without a manager
   * last; empty when the report was computed without managers.
   *
   * @return the sections per manager
   */
  public List<Section> byManager() {
    return byManager;
  }

  @Override
  public String toString() {
    return "StatusDynamicsReport{" + start + ".." + end + ", " + total + "}";
  }

  /**
   * How many clients moved from one status (or none) to another.
   *
   * @param from the status before, empty for clients that had none
   * @param to the status after
   * @param count the number of clients (or of recorded changes)
   */
  public record Transition(Optional<StatusId> from, StatusId to, int count) {
    /**
     * Checks the parts.
     *
     * @param from the status before
     * @param to the status after
     * @param count the number
     */
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** The figures of the report over a group of clients: all of them, or one manager's. */
  public static final class Section {
    private final Optional<UserId> manager;
    private final Map<StatusId, Integer> atStart;
    private final Map<StatusId, Integer> atEnd;
    private final List<Transition> transitions;
    private final List<Transition> changes;

    private Section(
        Optional<UserId> manager,
        Map<StatusId, Integer> atStart,
        Map<StatusId, Integer> atEnd,
        List<Transition> transitions,
        List<Transition> changes) {
      this.manager = manager;
      this.atStart = Collections.unmodifiableMap(new TreeMap<>(atStart));
      this.atEnd = Collections.unmodifiableMap(new TreeMap<>(atEnd));
      this.transitions = List.copyOf(transitions);
      this.changes = List.copyOf(changes);
    }

    /**
     * Returns the manager of this section.
     *
     * @return the manager; empty for the total and for clients without a manager
     */
    public Optional<UserId> manager() {
      return manager;
    }

    /**
     * Returns the number of clients per status at the start of the period.
     *
     * @return status to count, statuses without clients left out
     */
    public Map<StatusId, Integer> atStart() {
      return atStart;
    }

    /**
     * Returns the number of clients per status at the end of the period.
     *
     * @return status to count, statuses without clients left out
     */
    public Map<StatusId, Integer> atEnd() {
      return atEnd;
    }

    /**
     * Returns the number of clients per pair (status at the start, status at the end); a pair
     * with equal statuses counts the clients that kept theirs.
     *
     * @return the start-to-end matrix as a list, by from then to
     */
    public List<Transition> transitions() {
      return transitions;
    }

    /**
     * Returns the number of history entries recorded inside the period (after the start, up to
     * the end) per pair (previous status, new status).
     *
     * @return the changes as a list, by from then to
     */
    public List<Transition> changes() {
      return changes;
    }

    /**
     * Returns the number of clients that had a status at the end.
     *
     * @return the number of clients
     */
    public int clientsAtEnd() {
      return atEnd.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns the number of clients whose status at the end differs from the one at the start
     * (a client without a status at the start counts when it has one at the end).
     *
     * @return the number of clients off the diagonal of {@link #transitions()}
     */
    public int clientsMoved() {
      return transitions.stream().filter(t -> !t.from().equals(Optional.of(t.to())))
          .mapToInt(Transition::count).sum();
    }

    @Override
    public String toString() {
      int recorded = changes.stream().mapToInt(Transition::count).sum();
      return manager.map(m -> m + ": ").orElse("") + "start " + atStart + ", end " + atEnd
          + ", " + clientsMoved() + " of " + clientsAtEnd() + " clients moved, " + recorded
          + " changes recorded";
    }
  }

  private record Move(Optional<StatusId> from, StatusId to) {}

  private static final class Track {
    private StatusId atStart;
    private StatusId atEnd;
    private final List<Move> changes = new ArrayList<>(1);
  }

  private static final class Builder {
    private static final Comparator<Move> ORDER = Comparator
        .comparing((Move m) -> m.from().map(StatusId::value).orElse(""))
        .thenComparing(m -> m.to().value());
    private final Optional<UserId> manager;
    private final Map<StatusId, Integer> atStart = new HashMap<>();
    private final Map<StatusId, Integer> atEnd = new HashMap<>();
    private final Map<Move, Integer> transitions = new HashMap<>();
    private final Map<Move, Integer> changes = new HashMap<>();

    Builder(Optional<UserId> manager) {
      this.manager = manager;
    }

    void add(Track track) {
      if (track.atStart != null) {
        atStart.merge(track.atStart, 1, Integer::sum);
      }
      if (track.atEnd != null) {
        atEnd.merge(track.atEnd, 1, Integer::sum);
        transitions.merge(new Move(Optional.ofNullable(track.atStart), track.atEnd), 1, Integer::sum);
      }
      for (Move move : track.changes) {
        changes.merge(move, 1, Integer::sum);
      }
    }

    Section build() {
      return new Section(manager, atStart, atEnd, list(transitions), list(changes));
    }

    private static List<Transition> list(Map<Move, Integer> counts) {
      List<Move> moves = new ArrayList<>(counts.keySet());
      moves.sort(ORDER);
      List<Transition> result = new ArrayList<>();
      for (Move move : moves) {
        result.add(new Transition(move.from(), move.to(), counts.get(move)));
      }
      return result;
    }
  }
}
