package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * A client's facts reduced to sorted epoch days in one {@code long[]}, built once per
 * {@link org.clientbase.rules.status.ClientActivity} so that evaluating a window is a few
 * comparisons of primitives in one or two cache lines. One array rather than six keeps a batch
 * over millions of clients from waiting on memory.
 *
 * <p>Layout: seven offsets, then the sections they point at: payment days, shipment days,
 * interest opening days (ascending), interest closing days (parallel to the opening days,
 * {@link Window#NEVER} for an open interest), closing days of won interests, host fact days;
 * the seventh offset is the end.
 */
public final class ActivityIndex {
  private static final int PAYMENTS = 0;
  private static final int SHIPMENTS = 1;
  private static final int OPEN = 2;
  private static final int CLOSE = 3;
  private static final int WON = 4;
  private static final int HOST = 5;
  private static final int END = 6;
  private static final int HEADER = 7;

  private final long[] data;

  /**
   * Creates an index; every array must already be sorted ascending, the interest arrays by
   * opening day (closing days run parallel, {@link Window#NEVER} for open interests).
   *
   * @param paymentDays payment days
   * @param shipmentDays shipment days
   * @param interestOpen interest opening days
   * @param interestClose interest closing days
   * @param wonDays closing days of won interests
   * @param hostFactDays host fact days
   */
  public ActivityIndex(
      long[] paymentDays,
      long[] shipmentDays,
      long[] interestOpen,
      long[] interestClose,
      long[] wonDays,
      long[] hostFactDays) {
    long[][] sections = {paymentDays, shipmentDays, interestOpen, interestClose, wonDays, hostFactDays};
    int size = HEADER;
    for (long[] section : sections) {
      size += section.length;
    }
    data = new long[size];
    int at = HEADER;
    for (int s = 0; s < sections.length; s++) {
      data[s] = at;
      System.arraycopy(sections[s], 0, data, at, sections[s].length);
      at += sections[s].length;
    }
    data[END] = at;
  }

  private int from(int section) {
    return (int) data[section];
  }

  private int to(int section) {
    return (int) data[section + 1];
  }

  /**
   * Tells whether an indicator holds on a day.
   *
   * @param indicator the indicator
   * @param day the evaluation day
   * @param period the period
   * @return whether at least one fact of the kind is in the window
   */
  public boolean any(Indicator indicator, long day, int period) {
    switch (indicator) {
      case PAYMENT:
        return anyIn(PAYMENTS, day, period);
      case SHIPMENT:
        return anyIn(SHIPMENTS, day, period);
      case WON_INTEREST:
        return anyIn(WON, day, period);
      case ACTIVE_INTEREST:
        long[] d = data;
        int closeAt = from(CLOSE);
        for (int i = from(OPEN), n = to(OPEN); i < n; i++, closeAt++) {
          if (d[i] > day) {
            return false; // sorted by opening day: no later interest is open yet
          }
          if (Window.openDuring(d[i], d[closeAt], day, period)) {
            return true;
          }
        }
        return false;
      default:
        throw new AssertionError(indicator);
    }
  }

  private boolean anyIn(int section, long day, int period) {
    long[] d = data;
    int end = to(section);
    int i = lowerBound(d, from(section), end, Window.firstDay(day, period));
    return i < end && d[i] <= day;
  }

  /**
   * Returns the index of the first element not less than a key.
   *
   * @param sorted ascending values
   * @param key the key
   * @return an index in {@code [0, sorted.length]}
   */
  static int lowerBound(long[] sorted, long key) {
    return lowerBound(sorted, 0, sorted.length, key);
  }

  private static int lowerBound(long[] sorted, int from, int to, long key) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Builds the timeline of an indicator for a period: the days on which it holds.
   *
   * @param indicator the indicator
   * @param period the period
   * @return the timeline
   */
  public Timeline timeline(Indicator indicator, int period) {
    switch (indicator) {
      case PAYMENT:
        return Timeline.ofFacts(data, from(PAYMENTS), to(PAYMENTS), period);
      case SHIPMENT:
        return Timeline.ofFacts(data, from(SHIPMENTS), to(SHIPMENTS), period);
      case WON_INTEREST:
        return Timeline.ofFacts(data, from(WON), to(WON), period);
      case ACTIVE_INTEREST:
        return Timeline.ofInterests(data, from(OPEN), to(OPEN), from(CLOSE), period);
      default:
        throw new AssertionError(indicator);
    }
  }

  /**
   * Returns, sorted and distinct, every evaluation day on which the content of a window of the
   * given period can differ from the day before: a fact enters or leaves, an interest opens,
   * closes (its state as of the day changes) or leaves.
   *
   * @param period the period
   * @return the change days
   */
  public long[] contentChanges(int period) {
    int dated = (to(SHIPMENTS) - from(PAYMENTS)) + (to(HOST) - from(HOST));
    int interests = to(OPEN) - from(OPEN);
    long[] points = new long[2 * dated + 3 * interests];
    int k = 0;
    for (int section : new int[] {PAYMENTS, SHIPMENTS, HOST}) {
      for (int i = from(section); i < to(section); i++) {
        points[k++] = Window.enters(data[i]);
        points[k++] = Window.leaves(data[i], period);
      }
    }
    for (int i = 0; i < interests; i++) {
      long close = data[from(CLOSE) + i];
      points[k++] = Window.enters(data[from(OPEN) + i]);
      points[k++] = close;
      points[k++] = Window.leaves(close, period);
    }
    Arrays.sort(points, 0, k);
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      if (distinct == 0 || points[distinct - 1] != points[i]) {
        points[distinct++] = points[i];
      }
    }
    return Arrays.copyOf(points, distinct);
  }
}
