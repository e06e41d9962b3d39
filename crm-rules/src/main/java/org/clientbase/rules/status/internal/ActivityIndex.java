package org.clientbase.rules.status.internal;

import java.util.Arrays;

/**
 * A client's facts reduced to sorted epoch days in one {@code int[]}, built once per
 * {@link org.clientbase.rules.status.ClientActivity} so that evaluating a window is a few
 * comparisons of primitives in one or two cache lines. One small array rather than six arrays
 * of longs keeps a batch over millions of clients from waiting on memory.
 *
 * <p>Layout: seven offsets, then the sections they point at: payment days, shipment days,
 * closing days of won interests, interest opening days (ascending), interest closing days
 * (parallel to the opening days, {@link #OPEN_INTEREST} for an open interest), host fact days;
 * the seventh offset is the end.
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

  // in the order the rules read them most: buying first, right after the offsets
  private static final int PAYMENTS = 0;
  private static final int SHIPMENTS = 1;
  private static final int WON = 2;
  private static final int OPEN = 3;
  private static final int CLOSE = 4;
  private static final int HOST = 5;
  private static final int END = 6;
  private static final int HEADER = 7;

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
    long[][] sections = {paymentDays, shipmentDays, wonDays, interestOpen, interestClose, hostFactDays};
    int size = HEADER;
    for (long[] section : sections) {
      size += section.length;
    }
    int[] data = new int[size];
    int at = HEADER;
    for (int s = 0; s < sections.length; s++) {
      data[s] = at;
      for (long day : sections[s]) {
        data[at++] = s == CLOSE && day == Window.NEVER ? OPEN_INTEREST : clamp(day);
      }
    }
    data[END] = at;
    return data;
  }

  /**
   * Allocates an index of the given sizes, to be filled with {@link #put}; sections must be
   * filled in ascending order (the won section is sorted by {@link #finish}).
   *
   * @param payments the number of payments
   * @param shipments the number of shipments
   * @param interests the number of interests
   * @param won the number of won interests
   * @param hostFacts the number of host facts
   * @return the empty index
   */
  public static int[] allocate(int payments, int shipments, int interests, int won, int hostFacts) {
    int[] sizes = {payments, shipments, won, interests, interests, hostFacts};
    int at = HEADER;
    int[] data = new int[HEADER + payments + shipments + 2 * interests + won + hostFacts];
    for (int s = 0; s < sizes.length; s++) {
      data[s] = at;
      at += sizes[s];
    }
    data[END] = at;
    return data;
  }

  /** The sections of an index, for {@link #put}. */
  public enum Section {
    /** Payment days. */
    PAYMENT,
    /** Shipment days. */
    SHIPMENT,
    /** Closing days of won interests. */
    WON,
    /** Interest opening days. */
    OPENED,
    /** Interest closing days, {@link Window#NEVER} for an open interest. */
    CLOSED,
    /** Host fact days. */
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
   * Finishes an index filled with {@link #put}: sorts the won section.
   *
   * @param data the index
   * @return the index
   */
  public static int[] finish(int[] data) {
    Arrays.sort(data, from(data, WON), to(data, WON));
    return data;
  }

  private static int from(int[] data, int section) {
    return data[section];
  }

  private static int to(int[] data, int section) {
    return data[section + 1];
  }

  /** A closing day as a day: {@link Window#NEVER} for an open interest. */
  private static long closing(int stored) {
    return stored == OPEN_INTEREST ? Window.NEVER : stored;
  }

  /**
   * Tells whether an indicator holds on a day.
   *
   * @param data the index
   * @param indicator the indicator
   * @param day the evaluation day
   * @param period the period
   * @return whether at least one fact of the kind is in the window
   */
  public static boolean any(int[] data, Indicator indicator, long day, int period) {
    switch (indicator) {
      case PAYMENT:
        return anyIn(data, PAYMENTS, day, period);
      case SHIPMENT:
        return anyIn(data, SHIPMENTS, day, period);
      case WON_INTEREST:
        return anyIn(data, WON, day, period);
      case ACTIVE_INTEREST:
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
      default:
        throw new AssertionError(indicator);
    }
  }

  private static boolean anyIn(int[] data, int section, long day, int period) {
    int end = to(data, section);
    int i = lowerBound(data, from(data, section), end, Window.firstDay(day, period));
    return i < end && data[i] <= day;
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

  private static int lowerBound(int[] sorted, int from, int to, long key) {
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
   * Returns the first day after the given one on which an indicator's value differs from its
   * value on that day: where the run of windows holding a fact ends, or where the next fact
   * enters. Replay uses it to skip the days in between.
   *
   * @param data the index
   * @param indicator the indicator
   * @param day the evaluation day
   * @param period the period
   * @return the next change day, after {@code day}; {@link Window#NEVER} if there is none
   */
  public static long nextChange(int[] data, Indicator indicator, long day, int period) {
    switch (indicator) {
      case PAYMENT:
        return nextChangeIn(data, PAYMENTS, day, period);
      case SHIPMENT:
        return nextChangeIn(data, SHIPMENTS, day, period);
      case WON_INTEREST:
        return nextChangeIn(data, WON, day, period);
      case ACTIVE_INTEREST:
        return nextInterestChange(data, day, period);
      default:
        throw new AssertionError(indicator);
    }
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
   * Reads an index for one replay, whose days only move forward: it keeps, per kind of fact,
   * its place among the facts dated on or before the day, so that each question costs O(1)
   * over a replay rather than a search. Not thread-safe; one per replay.
   */
  public static final class Cursor {
    private final int[] data;
    /** Per section: the index of the last fact dated on or before the day (from - 1: none). */
    private final int[] last = new int[HOST + 1];
    /** The first interest opened after the day. */
    private int openEnd;
    /** The latest closing day of the interests opened on or before the day. */
    private long latestClose = Long.MIN_VALUE;
    private long day = Long.MIN_VALUE;
    private boolean holds;

    /**
     * Starts reading an index.
     *
     * @param data the index
     */
    public Cursor(int[] data) {
      this.data = data;
      for (int section = PAYMENTS; section <= HOST; section++) {
        last[section] = from(data, section) - 1;
      }
      openEnd = from(data, OPEN);
    }

    /**
     * Returns the index being read.
     *
     * @return the index
     */
    public int[] data() {
      return data;
    }

    private void moveTo(long newDay) {
      if (newDay < day) {
        throw new IllegalStateException("replay went back from day " + day + " to " + newDay);
      }
      day = newDay;
      int closeShift = from(data, CLOSE) - from(data, OPEN);
      for (int to = to(data, OPEN); openEnd < to && data[openEnd] <= newDay; openEnd++) {
        latestClose = Math.max(latestClose, closing(data[openEnd + closeShift]));
      }
    }

    private int lastOnOrBefore(int section) {
      int i = last[section];
      for (int to = to(data, section); i + 1 < to && data[i + 1] <= day; i++) {
        // move forward
      }
      last[section] = i;
      return i;
    }

    /**
     * Tells whether the indicator asked for last with {@link #nextChange} holds on its day.
     *
     * @return whether it holds
     */
    public boolean holds() {
      return holds;
    }

    /**
     * Returns the first day after {@code day} on which the indicator's value differs from its
     * value on {@code day}, and remembers that value for {@link #holds()}.
     *
     * @param indicator the indicator
     * @param newDay the evaluation day, not before the one asked last
     * @param period the period
     * @return the next change day, or {@link Window#NEVER}
     */
    public long nextChange(Indicator indicator, long newDay, int period) {
      moveTo(newDay);
      switch (indicator) {
        case PAYMENT:
          return nextIn(PAYMENTS, period);
        case SHIPMENT:
          return nextIn(SHIPMENTS, period);
        case WON_INTEREST:
          return nextIn(WON, period);
        case ACTIVE_INTEREST:
          return nextInterest(period);
        default:
          throw new AssertionError(indicator);
      }
    }

    private long nextIn(int section, int period) {
      int from = from(data, section);
      int to = to(data, section);
      int i = lastOnOrBefore(section);
      holds = i >= from && Window.leaves(data[i], period) > day;
      if (holds) {
        long end = Window.leaves(data[i], period);
        for (int k = i + 1; k < to && Window.enters(data[k]) <= end; k++) {
          end = Window.leaves(data[k], period);
        }
        return end;
      }
      return i + 1 < to ? Window.enters(data[i + 1]) : Window.NEVER;
    }

    private long nextInterest(int period) {
      int openTo = to(data, OPEN);
      long end = latestClose == Long.MIN_VALUE ? Long.MIN_VALUE : Window.leaves(latestClose, period);
      holds = end > day;
      if (!holds) {
        return openEnd < openTo ? Window.enters(data[openEnd]) : Window.NEVER;
      }
      int closeShift = from(data, CLOSE) - from(data, OPEN);
      for (int i = openEnd; i < openTo && Window.enters(data[i]) <= end; i++) {
        end = Math.max(end, Window.leaves(closing(data[i + closeShift]), period));
      }
      return end;
    }
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
    int dated = (to(data, SHIPMENTS) - from(data, PAYMENTS)) + (to(data, HOST) - from(data, HOST));
    int interests = to(data, OPEN) - from(data, OPEN);
    long[] points = new long[2 * dated + 3 * interests];
    int k = 0;
    for (int section : new int[] {PAYMENTS, SHIPMENTS, HOST}) {
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
