package org.clientbase.rules.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/**
 * The index answers "is an indicator on" and "until when" exactly as the window of
 * {@link Window} says, day by day.
 */
class ActivityIndexTest {
  static final long[] NONE = new long[0];

  @Test
  void datedFactsHoldExactlyWhileInTheWindowAndChangeWhereTheIndexSays() {
    qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(0, 10), integers().between(1, 40))
        .checkAssert((days, period) -> {
          long[] sorted = days.stream().mapToLong(Integer::longValue).sorted().toArray();
          int[] index = ActivityIndex.of(sorted, NONE, NONE, NONE, NONE, NONE);
          for (long day = -5; day < 260; day++) {
            boolean expected = false;
            for (long fact : sorted) {
              expected |= Window.contains(fact, day, period);
              assertThat(Window.contains(fact, day, period))
                  .isEqualTo(day >= Window.enters(fact) && day < Window.leaves(fact, period));
            }
            assertThat(ActivityIndex.any(index, Probe.BUYING, day, period)).as("day %s", day).isEqualTo(expected);
            assertNextChange(index, Probe.BUYING, day, period, 260);
          }
        });
  }

  @Test
  void interestsHoldExactlyWhileOpenOnADayOfTheWindowAndChangeWhereTheIndexSays() {
    qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(0, 6),
            lists().of(integers().between(-1, 60)).ofSize(6), integers().between(1, 40))
        .checkAssert((opens, lengths, period) -> {
          long[] open = opens.stream().mapToLong(Integer::longValue).sorted().toArray();
          long[] close = new long[open.length];
          for (int i = 0; i < open.length; i++) {
            close[i] = lengths.get(i) < 0 ? Window.NEVER : open[i] + lengths.get(i);
          }
          int[] index = ActivityIndex.of(NONE, NONE, open, close, NONE, NONE);
          for (long day = -5; day < 320; day++) {
            boolean expected = false;
            for (int i = 0; i < open.length; i++) {
              for (long d = day - period + 1; d <= day; d++) {
                expected |= d >= open[i] && d <= close[i];
              }
            }
            assertThat(ActivityIndex.any(index, Probe.ACTIVE_INTEREST, day, period)).as("day %s", day)
                .isEqualTo(expected);
            assertNextChange(index, Probe.ACTIVE_INTEREST, day, period, 320);
          }
        });
  }

  /** The value stays until the day named, and differs on it (or never changes again). */
  static void assertNextChange(int[] index, Probe indicator, long day, int period, long horizon) {
    boolean now = ActivityIndex.any(index, indicator, day, period);
    long next = ActivityIndex.nextChange(index, indicator, day, period);
    assertThat(next).isGreaterThan(day);
    for (long d = day + 1; d < Math.min(next, horizon + 100); d++) {
      assertThat(ActivityIndex.any(index, indicator, d, period)).as("day %s, next %s", d, next).isEqualTo(now);
    }
    if (next != Window.NEVER) {
      assertThat(ActivityIndex.any(index, indicator, next, period)).as("change on %s", next).isNotEqualTo(now);
    }
  }

  @Test
  void aCursorGivesWhatTheIndexGivesOverAscendingDaysOfMixedPeriods() {
    qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(0, 8),
            lists().of(integers().between(0, 200)).ofSizeBetween(0, 5),
            lists().of(integers().between(-1, 60)).ofSize(5), integers().between(1, 40))
        .checkAssert((payments, opens, lengths, period) -> {
          long[] paid = payments.stream().mapToLong(Integer::longValue).sorted().toArray();
          long[] open = opens.stream().mapToLong(Integer::longValue).sorted().toArray();
          long[] close = new long[open.length];
          for (int i = 0; i < open.length; i++) {
            close[i] = lengths.get(i) < 0 ? Window.NEVER : open[i] + lengths.get(i);
          }
          int[] index = ActivityIndex.of(paid, NONE, open, close, NONE, NONE);
          ActivityCursor cursor = new ActivityCursor(index);
          for (long day = -5; day < 300; day += 1 + Math.floorMod(day, 3)) {
            for (int p : new int[] {period, 1, 2 * period}) {
              for (Probe indicator : new Probe[] {Probe.BUYING, Probe.ACTIVE_INTEREST}) {
                long next = cursor.nextChange(indicator, day, p);
                assertThat(cursor.holds()).as("%s on %s, %s days", indicator, day, p)
                    .isEqualTo(ActivityIndex.any(index, indicator, day, p));
                assertThat(next).as("%s after %s, %s days", indicator, day, p)
                    .isEqualTo(ActivityIndex.nextChange(index, indicator, day, p));
              }
            }
          }
        });
  }

  @Test
  void contentChangesAreSortedAndDistinct() {
    int[] index = ActivityIndex.of(new long[] {5, 5, 9}, new long[] {7}, new long[] {1},
        new long[] {Window.NEVER}, NONE, NONE);

    assertThat(ActivityIndex.contentChanges(index, 3)).containsExactly(1, 5, 7, 8, 9, 10, 12, Window.NEVER);
  }
}
