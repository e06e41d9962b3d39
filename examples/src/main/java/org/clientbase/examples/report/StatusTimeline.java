package org.clientbase.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.status.StatusAssignment;

/**
 * The structure of the client base over time: how many clients had each status at the end of
 * each of a series of dates (by default one a week). Built one client at a time from status
 * histories, so that a caller walking the history store page by page holds only the counts.
 *
 * <pre>{@code
 * StatusTimeline.Builder weeks = StatusTimeline.weekly(today, 104);
 * for (ClientStatusHistory history : page) {
 *   weeks.add(history.entries());
 * }
 * StatusTimeline timeline = weeks.build();
 * timeline.count(timeline.dates().size() - 1, StatusScheme.ACTIVE);   // active clients today
 * }</pre>
 */
public final class StatusTimeline {
  private final List<LocalDate> dates;
  private final Map<StatusId, int[]> counts;

  private StatusTimeline(List<LocalDate> dates, Map<StatusId, int[]> counts) {
    this.dates = List.copyOf(dates);
    Map<StatusId, int[]> copy = new LinkedHashMap<>();
    counts.forEach((status, values) -> copy.put(status, values.clone()));
    this.counts = Collections.unmodifiableMap(copy);
  }

  /**
   * Starts a timeline of weekly dates: {@code end}, one week before it, and so on, {@code weeks}
   * weeks back.
   *
   * @param end the last date
   * @param weeks how many weeks to go back, at least 0
   * @return the builder
   */
  public static Builder weekly(LocalDate end, int weeks) {
    Objects.requireNonNull(end, "end");
    if (weeks < 0) {
      throw new IllegalArgumentException("weeks must not be negative: " + weeks);
    }
    List<LocalDate> dates = new ArrayList<>(weeks + 1);
    for (int k = weeks; k >= 0; k--) {
      dates.add(end.minusWeeks(k));
    }
    return new Builder(dates);
  }

  /**
   * Returns the dates, oldest first.
   *
   * @return the dates
   */
  public List<LocalDate> dates() {
    return dates;
  }

  /**
   * Returns the statuses that any client had on any of the dates.
   *
   * @return the statuses, in the order first met
   */
  public List<StatusId> statuses() {
    return List.copyOf(counts.keySet());
  }

  /**
   * Returns how many clients had a status at the end of a date.
   *
   * @param point the date's position in {@link #dates()}
   * @param status the status
   * @return the number of clients
   */
  public int count(int point, StatusId status) {
    int[] values = counts.get(status);
    return values == null ? 0 : values[point];
  }

  /**
   * Returns how many clients had any status at the end of a date.
   *
   * @param point the date's position in {@link #dates()}
   * @return the number of clients
   */
  public int total(int point) {
    int total = 0;
    for (int[] values : counts.values()) {
      total += values[point];
    }
    return total;
  }

  /** Collects the timeline one client at a time. Not thread-safe. */
  public static final class Builder {
    private final List<LocalDate> dates;
    private final long[] days;
    private final Map<StatusId, int[]> counts = new LinkedHashMap<>();

    private Builder(List<LocalDate> dates) {
      this.dates = dates;
      this.days = dates.stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    /**
     * Adds one client.
     *
     * @param entries the client's status history, in date order
     * @return this builder
     */
    public Builder add(List<StatusAssignment> entries) {
      int point = 0;
      StatusId status = null;
      for (StatusAssignment entry : entries) {
        long since = entry.since().toEpochDay();
        while (point < days.length && days[point] < since) {
          count(status, point++);
        }
        status = entry.status();
      }
      while (point < days.length) {
        count(status, point++);
      }
      return this;
    }

    private void count(StatusId status, int point) {
      if (status != null) {
        counts.computeIfAbsent(status, s -> new int[days.length])[point]++;
      }
    }

    /**
     * Builds the timeline.
     *
     * @return the timeline
     */
    public StatusTimeline build() {
      return new StatusTimeline(dates, counts);
    }
  }
}
