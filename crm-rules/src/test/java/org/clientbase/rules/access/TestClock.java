package org.clientbase.rules.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand, forwards or back. */
public final class TestClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  /**
   * Creates the clock.
   *
   * @param start the first instant
   * @param zone the zone
   */
  public TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /**
   * Moves the clock.
   *
   * @param step how far, negative to go back
   */
  public void advance(Duration step) {
    now = now.plus(step);
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
