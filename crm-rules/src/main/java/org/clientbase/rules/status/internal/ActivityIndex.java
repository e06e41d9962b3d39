package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * A client's facts reduced to sorted epoch days in one {@code int[]}, built once per
 * {@link org.clientbase.rules.status.ClientActivity} so that evaluating a window is a few
 * comparisons of primitives in one or two cache lines. One small array rather than six arrays
 * of longs keeps a batch over millions of clients from waiting on memory.
 *
 * <p>Layout: five offsets, then three summaries (the latest buying day, the latest interest
 * opening day and the latest interest closing day), then the sections the offsets point at:
 * buying days (the days of payments, shipments and won interests' closings, merged and sorted:
 * the predefined templates read them together, see {@link Probe#BUYING}), interest opening days
 * (ascending), interest closing days (parallel to the opening days, {@link #OPEN_INTEREST} for
 * an open interest), host fact days; the fifth offset is the end. When no fact is dated after
 * the evaluation date, the usual case, a window is decided by the summaries alone, in the
 * array's first cache line.
 *
 * <p>Days are epoch days clamped to {@code ±}{@value #LIMIT} (some 2.7 million years either
 * side of 1970), which keeps them in an {@code int} and keeps their order; a window near any
 * real date never reaches a clamped day.
 */
public final class ActivityIndex {
  /** The largest epoch day kept as it is; days beyond are clamped to it. */
  public static final int LIMIT = 1_000_000_000;
  /** The closing day stored for an interest that is still open. */
  public static final int OPEN_INTEREST = Integer.MAX_VALUE;
  /** The latest day of a section without facts; below every clamped day. */
  public static final int NONE = Integer.MIN_VALUE;

  // buying first, right after the offsets: the rules read it most
  static final int BUYING = 0;
  static final int OPEN = 1;
  static final int CLOSE = 2;
  private static final int HOST = 3;
  private static final int END = 4;
  private static final int LATEST_BUYING = 5;
  private static final int LATEST_OPEN = 6;
  private static final int LATEST_CLOSE = 7;
  private static final int HEADER = 8;


  private ActivityIndex() {}

  /**
   * Returns an epoch day as the index stores it.
   *
   * @param epochDay the day
   * @return the day, clamped to {@code ±LIMIT}
   */
  public static int clamp(long epochDay) {
    return (int) Math.max(-LIMIT, Math.min(LIMIT, epochDay));
  }

  /**
   * Builds an index; every array must already be sorted ascending, the interest arrays by
   * opening day (closing days run parallel, {@link Window#NEVER} for open interests).
   *
   * @param paymentDays payment days
   * @param shipmentDays shipment days
   * @param interestOpen interest opening days
   * @param interestClose interest closing days
   * @param wonDays closing days of won interests
   * @param hostFactDays host fact days
   * @return the index
   */
  public static int[] of(
      long[] paymentDays,
      long[] shipmentDays,
      long[] interestOpen,
      long[] interestClose,
      long[] wonDays,
      long[] hostFactDays) {
    int[] data = allocate(paymentDays.length + shipmentDays.length + wonDays.length,
        interestOpen.length, hostFactDays.length);
    int b = 0;
    for (long[] days : new long[][] {paymentDays, shipmentDays, wonDays}) {
      for (long day : days) {
        put(data, Section.BUYING, b++, day);
      }
    }
    for (int i = 0; i < interestOpen.length; i++) {
      put(data, Section.OPENED, i, interestOpen[i]);
      put(data, Section.CLOSED, i, interestClose[i]);
    }
    for (int i = 0; i < hostFactDays.length; i++) {
      put(data, Section.HOST_FACT, i, hostFactDays[i]);
    }
    return finish(data);
  }

  /**
   * Allocates an index of the given sizes, to be filled with {@link #put} and then
   * {@link #finish}ed; opening days must be put in ascending order.
   *
   * @param buying the number of payments, shipments and won interests together
   * @param interests the number of interests
   * @param hostFacts the number of host facts
   * @return the empty index
   */
  public static int[] allocate(int buying, int interests, int hostFacts) {
    int[] data = new int[HEADER + buying + 2 * interests + hostFacts];
    data[BUYING] = HEADER;
    data[OPEN] = HEADER + buying;
    data[CLOSE] = HEADER + buying + interests;
    data[HOST] = HEADER + buying + 2 * interests;
    data[END] = HEADER + buying + 2 * interests + hostFacts;
    return data;
  }

  /** The sections of an index, for {@link #put}. */
  public enum Section {
    /** Days of payments, shipments and won interests' closings, in any order. */
    BUYING,
    /** Interest opening days, ascending. */
    OPENED,
    /** Interest closing days, {@link Window#NEVER} for an open interest. */
    CLOSED,
    /** Host fact days, in any order. */
    HOST_FACT
  }

  /**
   * Puts a day into an index made by {@link #allocate}.
   *
   * @param data the index
   * @param section the section
   * @param i the position in the section
   * @param day the epoch day
   */
  public static void put(int[] data, Section section, int i, long day) {
    int s = section.ordinal();
    data[data[s] + i] = s == CLOSE && day == Window.NEVER ? OPEN_INTEREST : clamp(day);
  }

  /**
   * Finishes an index filled with {@link #put}: sorts the buying and host fact days.
   *
   * @param data the index
   * @return the index
   */
  public static int[] finish(int[] data) {
    sort(data, from(data, BUYING), to(data, BUYING));
    sort(data, from(data, HOST), to(data, HOST));
    summarise(data);
    return data;
  }

  /**
   * Writes the summaries of an index whose buying and opening days are sorted.
   *
   * @param data the index
   */
  static void summarise(int[] data) {
    // buying and opening days are sorted: the latest is the last
    data[LATEST_BUYING] = from(data, BUYING) < to(data, BUYING) ? data[to(data, BUYING) - 1] : NONE;
    data[LATEST_OPEN] = from(data, OPEN) < to(data, OPEN) ? data[to(data, OPEN) - 1] : NONE;
    data[LATEST_CLOSE] = latest(data, CLOSE);
  }

  /**
   * Sorts a section. Most come nearly sorted (a client's facts by date, a few won interests'
   * closings after them): a short one is sorted by insertion, which costs one pass when sorted.
   */
  private static void sort(int[] data, int from, int to) {
    if (to - from > 32) {
      Arrays.sort(data, from, to);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int day = data[i];
      int k = i;
      while (k > from && data[k - 1] > day) {
        data[k] = data[k - 1];
        k--;
      }
      data[k] = day;
    }
  }

  /** The largest day of a section; {@link #NONE} for an empty one. */
  private static int latest(int[] data, int section) {
    int latest = NONE;
    for (int i = from(data, section), n = to(data, section); i < n; i++) {
      latest = Math.max(latest, data[i]);
    }
    return latest;
  }

  /**
   * Returns the latest day of a payment, shipment or won interest in an index.
   *
   * @param data the index
   * @return the day, or {@link #NONE} if there is none
   */
  public static int latestBuying(int[] data) {
    return data[LATEST_BUYING];
  }

  /**
   * Returns the latest interest opening day in an index.
   *
   * @param data the index
   * @return the day, or {@link #NONE} if there is no interest
   */
  public static int latestOpening(int[] data) {
    return data[LATEST_OPEN];
  }

  /**
   * Returns the latest interest closing day in an index, {@link #OPEN_INTEREST} if an interest
   * is open.
   *
   * @param data the index
   * @return the day, or {@link #NONE} if there is no interest
   */
  public static int latestClosing(int[] data) {
    return data[LATEST_CLOSE];
  }

  static int from(int[] data, int section) {
    return data[section];
  }

  static int to(int[] data, int section) {
    return data[section + 1];
  }

  /** A closing day as a day: {@link Window#NEVER} for an open interest. */
  static long closing(int stored) {
    return stored == OPEN_INTEREST ? Window.NEVER : stored;
  }

  /**
   * Tells whether a probe holds on a day.
   *
   * @param data the index
   * @param probe the probe
   * @param day the evaluation day
   * @param period the period
   * @return whether at least one fact of the kind is in the window
   */
  public static boolean any(int[] data, Probe probe, long day, int period) {
    return any(data, data[LATEST_BUYING], data[LATEST_OPEN], data[LATEST_CLOSE], probe, day, period);
  }

  /**
   * Tells whether a probe holds on a day, given the index's summaries as its owner keeps them
   * beside it ({@link #latestBuying}, {@link #latestOpening}, {@link #latestClosing}): when no
   * fact is dated after the day, the usual case, the index itself is not read.
   *
   * @param data the index
   * @param latestBuying the index's latest buying day
   * @param latestOpening the index's latest interest opening day
   * @param latestClosing the index's latest interest closing day
   * @param probe the probe
   * @param day the evaluation day
   * @param period the period
   * @return whether at least one fact of the kind is in the window
   */
  public static boolean any(
      int[] data, int latestBuying, int latestOpening, int latestClosing, Probe probe, long day, int period) {
    // the summaries answer when no fact is dated after the day, the usual case; the rest is
    // in methods of their own, which keeps this one small enough to be inlined
    if (probe == Probe.BUYING) {
      if (latestBuying == NONE) {
        return false;
      }
      if (latestBuying <= day) {
        // no fact after the day: the latest fact decides
        return latestBuying >= Window.firstDay(day, period);
      }
      return anyBuying(data, day, period);
    }
    if (latestOpening == NONE) {
      return false;
    }
    if (latestOpening <= day) {
      // every interest opened by the day: one that closes latest decides
      return closing(latestClosing) > day - period;
    }
    return anyOpenInterest(data, day, period);
  }

  private static boolean anyBuying(int[] data, long day, int period) {
    int end = to(data, BUYING);
    int i = lowerBound(data, from(data, BUYING), end, Window.firstDay(day, period));
    return i < end && data[i] <= day;
  }

  private static boolean anyOpenInterest(int[] data, long day, int period) {
    int closeAt = from(data, CLOSE);
    for (int i = from(data, OPEN), n = to(data, OPEN); i < n; i++, closeAt++) {
      if (data[i] > day) {
        return false; // sorted by opening day: no later interest is open yet
      }
      if (Window.openDuring(data[i], closing(data[closeAt]), day, period)) {
        return true;
      }
    }
    return false;
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

  static int lowerBound(int[] sorted, int from, int to, long key) {
    int low = from;
    int high = to;
    while (high - low > 8) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    // the last few (most sections are a handful of days): a scan beats a search's branches
    while (low < high && sorted[low] < key) {
      low++;
    }
    return low;
  }

  /**
   * Returns the first day after the given one on which a probe's value differs from its value
   * on that day: where the run of windows holding a fact ends, or where the next fact enters.
   * Replay uses it to skip the days in between.
   *
   * @param data the index
   * @param probe the probe
   * @param day the evaluation day
   * @param period the period
   * @return the next change day, after {@code day}; {@link Window#NEVER} if there is none
   */
  public static long nextChange(int[] data, Probe probe, long day, int period) {
    return probe == Probe.BUYING
        ? nextChangeIn(data, BUYING, day, period)
        : nextInterestChange(data, day, period);
  }

  /** Dated facts: each is in the windows of the days {@code [enters, leaves)}. */
  private static long nextChangeIn(int[] data, int section, long day, int period) {
    int from = from(data, section);
    int to = to(data, section);
    int last = lowerBound(data, from, to, day + 1) - 1; // the last fact dated on or before the day
    if (last >= from && Window.leaves(data[last], period) > day) {
      // in the window now: until the run of overlapping windows ends (days are sorted, so
      // each later fact also leaves later)
      long end = Window.leaves(data[last], period);
      for (int k = last + 1; k < to && Window.enters(data[k]) <= end; k++) {
        end = Window.leaves(data[k], period);
      }
      return end;
    }
    return last + 1 < to ? Window.enters(data[last + 1]) : Window.NEVER;
  }

  /** Interests: each is active in the windows of the days {@code [opened, leaves(closed))}. */
  private static long nextInterestChange(int[] data, long day, int period) {
    int open = from(data, OPEN);
    int openTo = to(data, OPEN);
    int close = from(data, CLOSE) - open;
    long end = Long.MIN_VALUE;
    int i = open;
    for (; i < openTo && Window.enters(data[i]) <= day; i++) {
      end = Math.max(end, Window.leaves(closing(data[i + close]), period));
    }
    if (end <= day) {
      return i < openTo ? Window.enters(data[i]) : Window.NEVER;
    }
    for (; i < openTo && Window.enters(data[i]) <= end; i++) {
      end = Math.max(end, Window.leaves(closing(data[i + close]), period));
    }
    return end;
  }

  /**
   * Returns, sorted and distinct, every evaluation day on which the content of a window of the
   * given period can differ from the day before: a fact enters or leaves, an interest opens,
   * closes (its state as of the day changes) or leaves.
   *
   * @param data the index
   * @param period the period
   * @return the change days
   */
  public static long[] contentChanges(int[] data, int period) {
    int dated = (to(data, BUYING) - from(data, BUYING)) + (to(data, HOST) - from(data, HOST));
    int interests = to(data, OPEN) - from(data, OPEN);
    long[] points = new long[2 * dated + 3 * interests];
    int k = 0;
    for (int section : new int[] {BUYING, HOST}) {
      for (int i = from(data, section); i < to(data, section); i++) {
        points[k++] = Window.enters(data[i]);
        points[k++] = Window.leaves(data[i], period);
      }
    }
    for (int i = 0; i < interests; i++) {
      long close = closing(data[from(data, CLOSE) + i]);
      points[k++] = Window.enters(data[from(data, OPEN) + i]);
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
