package org.clientbase.core.person;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;

/**
 * A person's birthday: a day and month, with the year when it is known.
 *
 * <p>The birthday of a person born on 29 February is on 28 February in a year that is not a
 * leap year, both for {@link #nextOccurrence(LocalDate)} and for {@link #ageOn(LocalDate)} (as
 * article 192 of the Civil Code of the Russian Federation counts a period that ends in a month
 * without the matching day).
 *
 * <pre>{@code
 * Birthday birthday = Birthday.of(LocalDate.of(1990, 5, 17));
 * birthday.ageOn(LocalDate.of(2024, 5, 16));           // Optional[33]
 * Birthday.of(MonthDay.of(2, 29))
 *     .nextOccurrence(LocalDate.of(2025, 1, 1));        // 2025-02-28
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Birthday {
  private static final String FIELD = "Birthday";

  private final MonthDay monthDay;
  private final Year year;

  private Birthday(MonthDay monthDay, Year year) {
    this.monthDay = monthDay;
    this.year = year;
  }

  /**
   * Returns a birthday whose year is not known.
   *
   * @param monthDay the day and month; 29 February is allowed
   * @return the birthday
   * @throws InvalidValueException if the day and month are {@code null}
   */
  public static Birthday of(MonthDay monthDay) {
    if (monthDay == null) {
      throw new InvalidValueException(FIELD + ".monthDay", null, "must be given");
    }
    return new Birthday(monthDay, null);
  }

  /**
   * Returns a birthday with a known year.
   *
   * @param monthDay the day and month
   * @param year the year of birth
   * @return the birthday
   * @throws InvalidValueException if an argument is {@code null}, or the day is 29 February
   *     and the year is not a leap year
   */
  public static Birthday of(MonthDay monthDay, Year year) {
    if (monthDay == null) {
      throw new InvalidValueException(FIELD + ".monthDay", null, "must be given");
    }
    if (year == null) {
      throw new InvalidValueException(FIELD + ".year", null, "must be given");
    }
    if (!monthDay.isValidYear(year.getValue())) {
      throw new InvalidValueException(
          FIELD, year + "" + monthDay.toString().substring(1),
          "29 February is not a date in " + year + ", which is not a leap year");
    }
    return new Birthday(monthDay, year);
  }

  /**
   * Returns the birthday of a person born on a date.
   *
   * @param dateOfBirth the date of birth
   * @return the birthday, with its year
   * @throws InvalidValueException if the date is {@code null}
   */
  public static Birthday of(LocalDate dateOfBirth) {
    if (dateOfBirth == null) {
      throw new InvalidValueException(FIELD, null, "must be given");
    }
    return new Birthday(MonthDay.from(dateOfBirth), Year.of(dateOfBirth.getYear()));
  }

  /**
   * Returns the day and month.
   *
   * @return the day and month
   */
  public MonthDay monthDay() {
    return monthDay;
  }

  /**
   * Returns the year of birth, if known.
   *
   * @return the year, or empty
   */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /**
   * Returns the date of birth, if the year is known.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> dateOfBirth() {
    return year().map(y -> y.atMonthDay(monthDay));
  }

  /**
   * Returns the age in full years on a date, if the year of birth is known.
   *
   * <p>The age grows by one on each birthday; in a year that is not a leap year a person born
   * on 29 February becomes a year older on 28 February.
   *
   * @param date the date on which to count the age, e.g. today in the host's clock
   * @return the age in full years, or empty if the year of birth is not known
   * @throws InvalidValueException if the date is {@code null} or before the date of birth
   */
  public Optional<Integer> ageOn(LocalDate date) {
    if (date == null) {
      throw new InvalidValueException(FIELD + ".ageOn", null, "must be given");
    }
    if (year == null) {
      return Optional.empty();
    }
    LocalDate born = year.atMonthDay(monthDay);
    if (date.isBefore(born)) {
      throw new InvalidValueException(
          FIELD + ".ageOn", date, "is before the date of birth " + born);
    }
    int age = date.getYear() - year.getValue();
    if (monthDay.atYear(date.getYear()).isAfter(date)) {
      age--;
    }
    return Optional.of(age);
  }

  /**
   * Returns the first birthday on or after a date.
   *
   * <p>The year of birth, if known, is not considered: the result may lie before it. In a year
   * that is not a leap year a birthday on 29 February falls on 28 February.
   *
   * @param fromInclusive the first date to consider, e.g. today in the host's clock
   * @return the date of the next birthday; {@code fromInclusive} itself if it is the birthday
   * @throws InvalidValueException if the date is {@code null}
   */
  public LocalDate nextOccurrence(LocalDate fromInclusive) {
    if (fromInclusive == null) {
      throw new InvalidValueException(FIELD + ".nextOccurrence", null, "must be given");
    }
    LocalDate thisYear = monthDay.atYear(fromInclusive.getYear());
    return thisYear.isBefore(fromInclusive)
        ? monthDay.atYear(fromInclusive.getYear() + 1)
        : thisYear;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Birthday
        && ((Birthday) other).monthDay.equals(monthDay)
        && Objects.equals(((Birthday) other).year, year);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthDay, year);
  }

  /**
   * Returns the birthday in ISO form: {@code 1990-05-17} with the year, {@code --05-17}
   * without.
   *
   * @return the birthday as text
   */
  @Override
  public String toString() {
    return year == null ? monthDay.toString() : year.atMonthDay(monthDay).toString();
  }
}
