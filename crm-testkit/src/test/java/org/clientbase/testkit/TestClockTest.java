package org.clientbase.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestClockTest {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.at(Instant.parse("2026-03-10T07:30:00Z"), MOSCOW);

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-10T07:30:00Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());
    assertThat(clock.getZone()).isEqualTo(MOSCOW);
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void startsADayAtMidnightInItsZone() {
    assertThat(TestClock.at(LocalDate.of(2026, 3, 10), MOSCOW).instant())
        .isEqualTo(Instant.parse("2026-03-09T21:00:00Z"));
    assertThat(TestClock.at(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0), MOSCOW).instant())
        .isEqualTo(Instant.parse("2026-03-10T06:00:00Z"));
  }

  @Test
  void advancesAndIsSetBackAndForth() {
    TestClock clock = TestClock.at(LocalDate.of(2026, 3, 10), ZoneOffset.UTC);

    assertThat(clock.advance(Duration.ofDays(1).plusHours(2))).isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 11));
    clock.set(LocalDate.of(2026, 1, 1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    clock.advance(Duration.ofMinutes(-1));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void aClockInAnotherZoneSharesTheInstant() {
    TestClock utc = TestClock.at(Instant.parse("2026-03-10T22:00:00Z"), ZoneOffset.UTC);
    TestClock moscow = utc.withZone(MOSCOW);

    assertThat(moscow.today()).isEqualTo(LocalDate.of(2026, 3, 11));
    utc.advance(Duration.ofHours(1));
    assertThat(moscow.instant()).isEqualTo(Instant.parse("2026-03-10T23:00:00Z"));
  }

  @Test
  void concurrentAdvancesAreNotLost() throws InterruptedException {
    TestClock clock = TestClock.at(Instant.EPOCH, ZoneOffset.UTC);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          clock.advance(Duration.ofSeconds(1));
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusSeconds(4000));
  }

  @Test
  void refusesMissingValues() {
    assertThatThrownBy(() -> TestClock.at((Instant) null, MOSCOW)).hasMessage("instant");
    assertThatThrownBy(() -> TestClock.at(Instant.EPOCH, null)).hasMessage("zone");
  }
}
