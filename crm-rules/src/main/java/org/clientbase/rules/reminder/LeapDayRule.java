package org.clientbase.rules.reminder;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.person.Birthday;

/**
 * On which day a yearly date of 29 February is remembered in a year that is not a leap year.
 * Every other date falls on itself every year.
 *
 * <p>The default, {@link #FEBRUARY_28}, is the rule of {@link Birthday#nextOccurrence}: the
 * last day of February, as article 192 of the Civil Code of the Russian Federation counts a
 * period that ends in a month without the matching day.
 */
public enum LeapDayRule {
  /** On 28 February, the last day of the month (the default). */
  FEBRUARY_28,
  /** On 1 March, the day after 28 February. */
  MARCH_1,
  /** Not at all: the date is remembered only in leap years. */
  LEAP_YEARS_ONLY;

  private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

  /**
   * Returns the day on which a yearly date falls in a year.
   *
   * @param day the day and month
   * @param year the year
   * @return the date, or empty if under this rule the date does not fall in that year
   */
  public Optional<LocalDate> in(MonthDay day, int year) {
    Objects.requireNonNull(day, "day");
    if (!day.equals(LEAP_DAY) || Year.isLeap(year)) {
      return Optional.of(day.atYear(year));
    }
    return switch (this) {
      case FEBRUARY_28 -> Optional.of(LocalDate.of(year, 2, 28));
      case MARCH_1 -> Optional.of(LocalDate.of(year, 3, 1));
      case LEAP_YEARS_ONLY -> Optional.empty();
    };
  }

  /**
   * Returns the first day on or after a date on which a yearly date falls.
   *
   * @param day the yearly date, e.g. a birthday
   * @param fromInclusive the first date to consider
   * @return the date of the next occurrence
   */
  public LocalDate next(Birthday day, LocalDate fromInclusive) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    if (this == FEBRUARY_28) {
      return day.nextOccurrence(fromInclusive);
    }
    for (int year = fromInclusive.getYear(); ; year++) {
      Optional<LocalDate> date = in(day.monthDay(), year);
      if (date.isPresent() && !date.get().isBefore(fromInclusive)) {
        return date.get();
      }
    }
  }
}
