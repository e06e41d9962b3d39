package org.clientbase.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The range of business dates and instants the library accepts.
 *
 * <p>Every date and instant that enters a card, a fact or a task (a card's creation date, a
 * payment's date, a task's due time, a status's start) lies between {@link #EARLIEST_DATE}
 * and {@link #LATEST_DATE} inclusive; instants are compared in UTC. The range is far wider
 * than any client base needs and narrower than what any database or date library stores, so
 * a date such as {@link LocalDate#MIN} or {@link Instant#MAX}, which would overflow date
 * arithmetic or a database column, is refused at the door with a message naming the field.
 *
 * <p>Stateless and thread-safe.
 */
public final class BusinessTime {
  /** The earliest business date: 1 January 1900. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** The latest business date: 31 December 9999. */
  public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
  /** The earliest business instant: the start of {@link #EARLIEST_DATE} in UTC. */
  public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
  /** The latest business instant: the last nanosecond of {@link #LATEST_DATE} in UTC. */
  public static final Instant LATEST_INSTANT =
      LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

  private BusinessTime() {}

  /**
   * Requires a date in the business range.
   *
   * @param field the field name used in the error
   * @param date the date
   * @return the date
   * @throws InvalidValueException if the date is missing or outside the range
   */
  public static LocalDate requireDate(String field, LocalDate date) {
    if (date == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
      throw new InvalidValueException(
          field, date, "must lie between " + EARLIEST_DATE + " and " + LATEST_DATE);
    }
    return date;
  }

  /**
   * Requires an optional date, when present, to be in the business range.
   *
   * @param field the field name used in the error
   * @param date the optional date
   * @throws InvalidValueException if the date is outside the range
   */
  public static void requireDate(String field, Optional<LocalDate> date) {
    date.ifPresent(d -> requireDate(field, d));
  }

  /**
   * Requires an instant in the business range.
   *
   * @param field the field name used in the error
   * @param instant the instant
   * @return the instant
   * @throws InvalidValueException if the instant is missing or outside the range
   */
  public static Instant requireInstant(String field, Instant instant) {
    if (instant == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    if (instant.isBefore(EARLIEST_INSTANT) || instant.isAfter(LATEST_INSTANT)) {
      throw new InvalidValueException(
          field, instant, "must lie between " + EARLIEST_INSTANT + " and " + LATEST_INSTANT);
    }
    return instant;
  }

  /**
   * Requires an optional instant, when present, to be in the business range.
   *
   * @param field the field name used in the error
   * @param instant the optional instant
   * @throws InvalidValueException if the instant is outside the range
   */
  public static void requireInstant(String field, Optional<Instant> instant) {
    instant.ifPresent(i -> requireInstant(field, i));
  }
}
