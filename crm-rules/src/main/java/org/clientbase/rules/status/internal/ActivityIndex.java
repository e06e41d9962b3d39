package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * A client's facts reduced to sorted epoch-day arrays, built once per
 * {@link org.clientbase.rules.status.ClientActivity} so that evaluating a window is a few
 * comparisons of primitives.
 */
public final class ActivityIndex {
  private final long[] paymentDays;
  private final long[] shipmentDays;
  private final long[] interestOpen;
  private final long[] interestClose;
  private final long[] wonDays;
  private final long[] hostFactDays;

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
    this.paymentDays = paymentDays;
    this.shipmentDays = shipmentDays;
    this.interestOpen = interestOpen;
    this.interestClose = interestClose;
    this.wonDays = wonDays;
    this.hostFactDays = hostFactDays;
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
        return anyIn(paymentDays, day, period);
      case SHIPMENT:
        return anyIn(shipmentDays, day, period);
      case WON_INTEREST:
        return anyIn(wonDays, day, period);
      case ACTIVE_INTEREST:
        long[] open = interestOpen;
        long[] close = interestClose;
        for (int i = 0; i < open.length; i++) {
          if (open[i] > day) {
            return false; // sorted by opening day: no later interest is open yet
          }
          if (Window.openDuring(open[i], close[i], day, period)) {
            return true;
          }
        }
        return false;
      default:
        throw new AssertionError(indicator);
    }
  }

  /**
   * Returns the indicators of a mask that hold on a day, as a mask.
   *
   * @param mask the indicators to test
   * @param day the evaluation day
   * @param period the period
   * @return the mask of those that hold
   */
  public int bits(int mask, long day, int period) {
    int bits = 0;
    for (Indicator indicator : INDICATORS) {
      if ((mask & indicator.bit()) != 0 && any(indicator, day, period)) {
        bits |= indicator.bit();
      }
    }
    return bits;
  }

  private static final Indicator[] INDICATORS = Indicator.values();

  private static boolean anyIn(long[] sortedDays, long day, int period) {
    int i = lowerBound(sortedDays, Window.firstDay(day, period));
    return i < sortedDays.length && sortedDays[i] <= day;
  }

  /**
   * Returns the index of the first element not less than a key.
   *
   * @param sorted ascending values
   * @param key the key
   * @return an index in {@code [0, sorted.length]}
   */
  static int lowerBound(long[] sorted, long key) {
    int low = 0;
    int high = sorted.length;
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
        return Timeline.ofFacts(paymentDays, period);
      case SHIPMENT:
        return Timeline.ofFacts(shipmentDays, period);
      case WON_INTEREST:
        return Timeline.ofFacts(wonDays, period);
      case ACTIVE_INTEREST:
        return Timeline.ofInterests(interestOpen, interestClose, period);
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
    int n = 2 * (paymentDays.length + shipmentDays.length + hostFactDays.length)
        + 3 * interestOpen.length;
    long[] points = new long[n];
    int k = 0;
    for (long[] days : new long[][] {paymentDays, shipmentDays, hostFactDays}) {
      for (long d : days) {
        points[k++] = Window.enters(d);
        points[k++] = Window.leaves(d, period);
      }
    }
    for (int i = 0; i < interestOpen.length; i++) {
      points[k++] = Window.enters(interestOpen[i]);
      points[k++] = interestClose[i];
      points[k++] = Window.leaves(interestClose[i], period);
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
