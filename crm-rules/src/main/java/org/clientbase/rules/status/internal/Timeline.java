package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * The evaluation days on which an indicator holds, as disjoint, non-adjacent half-open
 * intervals {@code [start, end)} in ascending order. Built from the facts' enter and leave days
 * ({@link Window#enters}, {@link Window#leaves}), so replay can ask "until when does this stay
 * as it is" without looking at single days.
 *
 * <p>A timeline belongs to one replay and is not thread-safe: it keeps a cursor on the interval
 * of the last day asked, so that the ascending days of a replay cost O(1) each.
 */
public final class Timeline {
  private final long[] starts;
  private final long[] ends;
  private final int size;
  /** The first interval whose end is after the last day asked. */
  private int cursor;

  private Timeline(long[] starts, long[] ends, int size) {
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  static Timeline ofFacts(long[] sortedDays, int period) {
    return ofFacts(sortedDays, 0, sortedDays.length, period);
  }

  static Timeline ofFacts(long[] data, int from, int to, int period) {
    long[] starts = new long[to - from];
    long[] ends = new long[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      long start = Window.enters(data[i]);
      long end = Window.leaves(data[i], period);
      if (n > 0 && start <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], end);
      } else {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
    }
    return new Timeline(starts, ends, n);
  }

  static Timeline ofInterests(long[] sortedOpen, long[] close, int period) {
    long[] data = Arrays.copyOf(sortedOpen, sortedOpen.length + close.length);
    System.arraycopy(close, 0, data, sortedOpen.length, close.length);
    return ofInterests(data, 0, sortedOpen.length, sortedOpen.length, period);
  }

  static Timeline ofInterests(long[] data, int openFrom, int openTo, int closeFrom, int period) {
    long[] starts = new long[openTo - openFrom];
    long[] ends = new long[openTo - openFrom];
    int n = 0;
    for (int i = openFrom, c = closeFrom; i < openTo; i++, c++) {
      long start = Window.enters(data[i]);
      long end = Window.leaves(data[c], period);
      if (n > 0 && start <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], end);
      } else {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
    }
    return new Timeline(starts, ends, n);
  }

  /** Moves the cursor to the first interval whose end is after the day. */
  private int seek(long day) {
    int i = cursor;
    while (i > 0 && ends[i - 1] > day) {
      i--;
    }
    while (i < size && ends[i] <= day) {
      i++;
    }
    cursor = i;
    return i;
  }

  /**
   * Tells whether the indicator holds on a day.
   *
   * @param day the evaluation day
   * @return whether it holds
   */
  public boolean holds(long day) {
    int i = seek(day);
    return i < size && starts[i] <= day;
  }

  /**
   * Returns the first day after the given one on which the indicator changes its value.
   *
   * @param day the evaluation day
   * @return the next change day, or {@link Window#NEVER}
   */
  public long nextChange(long day) {
    int i = seek(day);
    if (i == size) {
      return Window.NEVER;
    }
    return starts[i] <= day ? ends[i] : starts[i];
  }
}
