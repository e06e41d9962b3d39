package org.clientbase.rules.status.internal;

/** Per-replay cache of the content change days that host rules need, built on first use. */
final class ReplayContext {
  private final int[] index;
  private final ActivityIndex.Cursor cursor;
  // a scheme has a handful of distinct periods: a short list beats a hash map of boxed keys
  private static final int[] NO_PERIODS = new int[0];
  private static final long[][] NO_CHANGES = new long[0][];
  private int[] periods = NO_PERIODS;
  private long[][] contentChanges = NO_CHANGES;

  ReplayContext(int[] index) {
    this.index = index;
    this.cursor = new ActivityIndex.Cursor(index);
  }

  ActivityIndex.Cursor cursor() {
    return cursor;
  }

  int[] index() {
    return index;
  }

  long nextContentChange(int period, long day) {
    long[] changes = null;
    for (int i = 0; i < periods.length; i++) {
      if (periods[i] == period) {
        changes = contentChanges[i];
      }
    }
    if (changes == null) {
      changes = ActivityIndex.contentChanges(index, period);
      periods = java.util.Arrays.copyOf(periods, periods.length + 1);
      contentChanges = java.util.Arrays.copyOf(contentChanges, contentChanges.length + 1);
      periods[periods.length - 1] = period;
      contentChanges[contentChanges.length - 1] = changes;
    }
    int i = ActivityIndex.lowerBound(changes, day + 1);
    return i < changes.length ? changes[i] : Window.NEVER;
  }
}
