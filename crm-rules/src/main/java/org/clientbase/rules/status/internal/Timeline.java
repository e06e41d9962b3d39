package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * The evaluation days on which an indicator holds, as disjoint, non-adjacent half-open
 * intervals {@code [start, end)} in ascending order. Built from the facts' enter and leave days
 * ({@link Window#enters}, {@link Window#leaves}), so replay can ask "until when does this stay
 * as it is" without looking at single days.
 */
public final class Timeline {
  private final long[] starts;
  private final long[] ends;

  private Timeline(long[] starts, long[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  static Timeline ofFacts(long[] sortedDays, int period) {
    long[] starts = new long[sortedDays.length];
    long[] ends = new long[sortedDays.length];
    int n = 0;
    for (long day : sortedDays) {
      long start = Window.enters(day);
      long end = Window.leaves(day, period);
      if (n > 0 && start <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], end);
      } else {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
    }
    return new Timeline(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  static Timeline ofInterests(long[] sortedOpen, long[] close, int period) {
    long[] starts = new long[sortedOpen.length];
    long[] ends = new long[sortedOpen.length];
    int n = 0;
    for (int i = 0; i < sortedOpen.length; i++) {
      long start = Window.enters(sortedOpen[i]);
      long end = Window.leaves(close[i], period);
      if (n > 0 && start <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], end);
      } else {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
    }
    return new Timeline(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  /** Index of the last interval starting on or before the day, or -1. */
  private int at(long day) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  /**
   * Tells whether the indicator holds on a day.
   *
   * @param day the evaluation day
   * @return whether it holds
   */
  public boolean holds(long day) {
    int i = at(day);
    return i >= 0 && day < ends[i];
  }

  /**
   * Returns the first day after the given one on which the indicator changes its value.
   *
   * @param day the evaluation day
   * @return the next change day, or {@link Window#NEVER}
   */
  public long nextChange(long day) {
    int i = at(day);
    if (i >= 0 && day < ends[i]) {
      return ends[i];
    }
    return i + 1 < starts.length ? starts[i + 1] : Window.NEVER;
  }
}
