package org.clientbase.rules.status.internal;

import java.util.HashMap;
import java.util.Map;

/** Per-replay caches of the timelines and content change days, built on first use. */
final class ReplayContext {
  private final ActivityIndex index;
  private final Map<Long, Timeline> timelines = new HashMap<>();
  private final Map<Integer, long[]> contentChanges = new HashMap<>();

  ReplayContext(ActivityIndex index) {
    this.index = index;
  }

  Timeline timeline(Indicator indicator, int period) {
    long key = (long) period * 8 + indicator.ordinal();
    Timeline timeline = timelines.get(key);
    if (timeline == null) {
      timeline = index.timeline(indicator, period);
      timelines.put(key, timeline);
    }
    return timeline;
  }

  long nextContentChange(int period, long day) {
    long[] changes = contentChanges.computeIfAbsent(period, index::contentChanges);
    int i = ActivityIndex.lowerBound(changes, day + 1);
    return i < changes.length ? changes[i] : Window.NEVER;
  }
}
