package org.clientbase.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test controls: it stands still on the instant it was set to, until the test sets it
 * to another instant or advances it. Pass it wherever the library takes a {@link Clock} to date
 * status changes, card revisions, conversions or tasks exactly where a test wants them.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(LocalDate.of(2026, 3, 10), ZoneId.of("Europe/Moscow"));
 * history.createClient(manager, client);          // revision 1 on 10 March, 00:00 Moscow time
 * clock.advance(Duration.ofDays(1));
 * history.updateClient(manager, renamed, 1);      // revision 2 on 11 March
 * }</pre>
 *
 * <p>Thread-safe: every reader sees the latest instant set; {@link #advance(Duration)} is
 * atomic. Clocks made by {@link #withZone(ZoneId)} share the instant with this one.
 */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock standing on an instant.
   *
   * @param instant the instant the clock shows
   * @param zone the zone the clock's dates are in
   * @return the clock
   */
  public static TestClock at(Instant instant, ZoneId zone) {
    return new TestClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")),
        Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns a clock standing on the start of a day in a zone.
   *
   * @param date the day
   * @param zone the zone
   * @return the clock, at midnight (or the first instant of the day where midnight is skipped)
   */
  public static TestClock at(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    return at(date.atStartOfDay(Objects.requireNonNull(zone, "zone")).toInstant(), zone);
  }

  /**
   * Returns a clock standing at a time of a day in a zone.
   *
   * @param date the day
   * @param time the time of day
   * @param zone the zone
   * @return the clock
   */
  public static TestClock at(LocalDate date, LocalTime time, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    return at(date.atTime(time).atZone(Objects.requireNonNull(zone, "zone")).toInstant(), zone);
  }

  /**
   * Sets the clock to an instant, earlier or later than the one it shows.
   *
   * @param instant the instant the clock shows from now on
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /**
   * Sets the clock to the start of a day in its zone.
   *
   * @param date the day
   */
  public void set(LocalDate date) {
    set(Objects.requireNonNull(date, "date").atStartOfDay(zone).toInstant());
  }

  /**
   * Moves the clock on by a duration (back if it is negative).
   *
   * @param duration how far to move it
   * @return the instant the clock shows after the move
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Returns the day the clock shows in its zone.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another zone that shares this one's instant: setting or advancing either
   * moves both.
   *
   * @param zone the zone of the returned clock
   * @return the clock
   */
  @Override
  public TestClock withZone(ZoneId zone) {
    return new TestClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + ", " + zone + "]";
  }
}
