package org.clientbase.rules.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/** The two forms of the window in {@link Window} agree, and timelines follow them. */
class TimelineTest {
  @Test
  void timelineOfFactsHoldsExactlyOnTheDaysTheWindowHoldsAFact() {
    qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(0, 10), integers().between(1, 40))
        .checkAssert((days, period) -> {
          long[] sorted = days.stream().mapToLong(Integer::longValue).sorted().toArray();
          Timeline timeline = Timeline.ofFacts(sorted, period);
          ActivityIndex index = new ActivityIndex(sorted, new long[0], new long[0], new long[0],
              new long[0], new long[0]);
          for (long day = -5; day < 260; day++) {
            boolean expected = false;
            for (long fact : sorted) {
              expected |= Window.contains(fact, day, period);
              assertThat(Window.contains(fact, day, period))
                  .isEqualTo(day >= Window.enters(fact) && day < Window.leaves(fact, period));
            }
            assertThat(timeline.holds(day)).as("day %s", day).isEqualTo(expected);
            assertThat(index.any(Indicator.PAYMENT, day, period)).isEqualTo(expected);
            long next = timeline.nextChange(day);
            assertThat(next).isGreaterThan(day);
            for (long d = day + 1; d < Math.min(next, 260); d++) {
              assertThat(timeline.holds(d)).isEqualTo(expected);
            }
          }
        });
  }

  @Test
  void timelineOfInterestsHoldsExactlyOnTheDaysAnInterestIsOpenInTheWindow() {
    qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(0, 6),
            lists().of(integers().between(-1, 60)).ofSize(6), integers().between(1, 40))
        .checkAssert((opens, lengths, period) -> {
          long[] open = opens.stream().mapToLong(Integer::longValue).sorted().toArray();
          long[] close = new long[open.length];
          for (int i = 0; i < open.length; i++) {
            close[i] = lengths.get(i) < 0 ? Window.NEVER : open[i] + lengths.get(i);
          }
          Timeline timeline = Timeline.ofInterests(open, close, period);
          ActivityIndex index = new ActivityIndex(new long[0], new long[0], open, close,
              new long[0], new long[0]);
          for (long day = -5; day < 320; day++) {
            boolean expected = false;
            for (int i = 0; i < open.length; i++) {
              for (long d = day - period + 1; d <= day; d++) {
                expected |= d >= open[i] && d <= close[i];
              }
            }
            assertThat(timeline.holds(day)).as("day %s", day).isEqualTo(expected);
            assertThat(index.any(Indicator.ACTIVE_INTEREST, day, period)).isEqualTo(expected);
          }
        });
  }

  @Test
  void contentChangesAreSortedAndDistinct() {
    ActivityIndex index = new ActivityIndex(new long[] {5, 5, 9}, new long[] {7}, new long[] {1},
        new long[] {Window.NEVER}, new long[0], new long[0]);

    assertThat(index.contentChanges(3)).containsExactly(1, 5, 7, 8, 9, 10, 12, Window.NEVER);
  }
}
