package org.clientbase.rules.status.internal;

/** Per-replay caches of the timelines and content change days, built on first use. */
final class ReplayContext {
  private static final int INDICATORS = Indicator.values().length;

  private final ActivityIndex index;
  // a scheme has a handful of distinct periods: a short list beats a hash map of boxed keys
  private int[] periods = new int[2];
  private Timeline[][] timelines = new Timeline[2][];
  private long[][] contentChanges = new long[2][];
  private int count;

  ReplayContext(ActivityIndex index) {
    this.index = index;
  }

  private int slot(int period) {
    for (int i = 0; i < count; i++) {
      if (periods[i] == period) {
        return i;
      }
    }
    if (count == periods.length) {
      periods = java.util.Arrays.copyOf(periods, count * 2);
      timelines = java.util.Arrays.copyOf(timelines, count * 2);
      contentChanges = java.util.Arrays.copyOf(contentChanges, count * 2);
    }
    periods[count] = period;
    timelines[count] = new Timeline[INDICATORS];
    return count++;
  }

  Timeline timeline(Indicator indicator, int period) {
    Timeline[] byIndicator = timelines[slot(period)];
    Timeline timeline = byIndicator[indicator.ordinal()];
    if (timeline == null) {
      timeline = index.timeline(indicator, period);
      byIndicator[indicator.ordinal()] = timeline;
    }
    return timeline;
  }

  long nextContentChange(int period, long day) {
    int slot = slot(period);
    long[] changes = contentChanges[slot];
    if (changes == null) {
      changes = index.contentChanges(period);
      contentChanges[slot] = changes;
    }
    int i = ActivityIndex.lowerBound(changes, day + 1);
    return i < changes.length ? changes[i] : Window.NEVER;
  }
}
