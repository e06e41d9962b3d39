package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * Reads an index for one replay, whose days only move forward: it keeps, per kind of fact,
 * its place among the facts dated on or before the day, so that each question costs O(1)
 * over a replay rather than a search; and, built on first use, the content change days that
 * host rules need. Not thread-safe; one per replay. Its methods are final: a replay's run
 * extends it only to keep its state in the same object.
 */
public class ActivityCursor {
  private static final int[] NO_PERIODS = new int[0];
  private static final long[][] NO_CHANGES = new long[0][];

  private final int[] data;
  // the bounds of the sections read at every step, taken from the index's header once
  private final int buyingFrom;
  private final int buyingTo;
  private final int openTo;
  /** From an opening day to its closing day in the index. */
  private final int closeShift;
  /** The index of the last buying day on or before the day (from - 1: none). */
  private int lastBuying;
  /** The first interest opened after the day. */
  private int openEnd;
  /** The latest closing day of the interests opened on or before the day. */
  private long latestClose = Long.MIN_VALUE;
  private long day = Long.MIN_VALUE;
  private boolean holds;
  // content change days per period, for host rules; a scheme has a handful of periods
  private int[] periods = NO_PERIODS;
  private long[][] contentChanges = NO_CHANGES;

  /**
   * Starts reading an index.
   *
   * @param data the index
   */
  public ActivityCursor(int[] data) {
    this.data = data;
    buyingFrom = ActivityIndex.from(data, ActivityIndex.BUYING);
    buyingTo = ActivityIndex.to(data, ActivityIndex.BUYING);
    int openFrom = ActivityIndex.from(data, ActivityIndex.OPEN);
    openTo = ActivityIndex.to(data, ActivityIndex.OPEN);
    closeShift = ActivityIndex.from(data, ActivityIndex.CLOSE) - openFrom;
    lastBuying = buyingFrom - 1;
    openEnd = openFrom;
  }

  /**
   * Returns the index being read.
   *
   * @return the index
   */
  public final int[] data() {
    return data;
  }

  /**
   * Returns the first day after {@code day} on which the content of a window of the period
   * may change (see {@link ActivityIndex#contentChanges}).
   *
   * @param period the period
   * @param day the day
   * @return the next content change day, or {@link Window#NEVER}
   */
  public final long nextContentChange(int period, long day) {
    long[] changes = null;
    for (int i = 0; i < periods.length; i++) {
      if (periods[i] == period) {
        changes = contentChanges[i];
      }
    }
    if (changes == null) {
      changes = ActivityIndex.contentChanges(data, period);
      periods = Arrays.copyOf(periods, periods.length + 1);
      contentChanges = Arrays.copyOf(contentChanges, contentChanges.length + 1);
      periods[periods.length - 1] = period;
      contentChanges[contentChanges.length - 1] = changes;
    }
    int i = ActivityIndex.lowerBound(changes, day + 1);
    return i < changes.length ? changes[i] : Window.NEVER;
  }

  private void moveTo(long newDay) {
    if (newDay == day) {
      return; // the rules of one step ask about the same day
    }
    if (newDay < day) {
      throw wentBack(newDay);
    }
    day = newDay;
    int end = openEnd;
    if (end < openTo && data[end] <= newDay) {
      long close = latestClose;
      do {
        close = Math.max(close, ActivityIndex.closing(data[end + closeShift]));
        end++;
      } while (end < openTo && data[end] <= newDay);
      openEnd = end;
      latestClose = close;
    }
  }

  private IllegalStateException wentBack(long newDay) {
    return new IllegalStateException("replay went back from day " + day + " to " + newDay);
  }

  private int lastBuyingOnOrBefore() {
    int i = lastBuying;
    while (i + 1 < buyingTo && data[i + 1] <= day) {
      i++;
    }
    lastBuying = i;
    return i;
  }

  /**
   * Tells whether the indicator asked for last with {@link #nextChange} holds on its day.
   *
   * @return whether it holds
   */
  public final boolean holds() {
    return holds;
  }

  /**
   * Returns the first day after {@code day} on which the probe's value differs from its value
   * on {@code day}, and remembers that value for {@link #holds()}.
   *
   * @param probe the probe
   * @param newDay the evaluation day, not before the one asked last
   * @param period the period
   * @return the next change day, or {@link Window#NEVER}
   */
  public final long nextChange(Probe probe, long newDay, int period) {
    moveTo(newDay);
    return probe == Probe.BUYING ? nextBuying(period) : nextInterest(period);
  }

  private long nextBuying(int period) {
    int i = lastBuyingOnOrBefore();
    // buying days are clamped dates, never Window.NEVER: each leaves the window P days on
    holds = i >= buyingFrom && (long) data[i] + period > day;
    if (holds) {
      long end = (long) data[i] + period;
      for (int k = i + 1; k < buyingTo && Window.enters(data[k]) <= end; k++) {
        end = (long) data[k] + period;
      }
      return end;
    }
    return i + 1 < buyingTo ? Window.enters(data[i + 1]) : Window.NEVER;
  }

  private long nextInterest(int period) {
    long end = latestClose == Long.MIN_VALUE ? Long.MIN_VALUE : Window.leaves(latestClose, period);
    holds = end > day;
    if (!holds) {
      return openEnd < openTo ? Window.enters(data[openEnd]) : Window.NEVER;
    }
    for (int i = openEnd; i < openTo && Window.enters(data[i]) <= end; i++) {
      end = Math.max(end, Window.leaves(ActivityIndex.closing(data[i + closeShift]), period));
    }
    return end;
  }
}
