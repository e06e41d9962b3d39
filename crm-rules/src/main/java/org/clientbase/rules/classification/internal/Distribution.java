package org.clientbase.rules.classification.internal;

import java.util.Arrays;

/**
 * The revenues of every client of the base, sorted, with running sums: enough to tell for any
 * revenue how much the clients with more revenue bring, in O(log n) and 16 bytes per client.
 */
public final class Distribution {
  private long[] values = new long[1024];
  private int size;
  private long[] descending;
  private long[] prefix;

  /** Creates an empty distribution. */
  public Distribution() {}

  /**
   * Adds one client's revenue.
   *
   * @param revenue the revenue in minor units
   */
  public void add(long revenue) {
    if (descending != null) {
      throw new IllegalStateException("the distribution is sealed");
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = revenue;
  }

  /** Sorts the revenues; no more can be added. */
  public void seal() {
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    descending = new long[size];
    for (int i = 0; i < size; i++) {
      descending[i] = sorted[size - 1 - i];
    }
    prefix = new long[size + 1];
    for (int i = 0; i < size; i++) {
      prefix[i + 1] = Math.addExact(prefix[i], descending[i]);
    }
    values = null;
  }

  /**
   * Returns the revenue of the whole base.
   *
   * @return the total in minor units
   */
  public long total() {
    return prefix[size];
  }

  /**
   * Returns how many clients were added.
   *
   * @return the number of clients
   */
  public int size() {
    return size;
  }

  /**
   * Returns what the clients with strictly more revenue bring together.
   *
   * @param revenue a revenue in minor units
   * @return the sum of the revenues above it
   */
  public long above(long revenue) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (descending[mid] > revenue) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return prefix[lo];
  }
}
