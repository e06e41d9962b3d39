package org.clientbase.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.clientbase.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class BirthdayTest {

  @Test
  void birthdayWithoutYearHasNoYear() {
    Birthday birthday = Birthday.of(MonthDay.of(5, 17));

    assertThat(birthday.monthDay()).isEqualTo(MonthDay.of(5, 17));
    assertThat(birthday.year()).isEmpty();
  }

  @Test
  void birthdayFromDateKeepsItsYear() {
    Birthday birthday = Birthday.of(LocalDate.of(1990, 5, 17));

    assertThat(birthday.monthDay()).isEqualTo(MonthDay.of(5, 17));
    assertThat(birthday.year()).contains(Year.of(1990));
    assertThat(birthday.dateOfBirth()).contains(LocalDate.of(1990, 5, 17));
  }

  @Test
  void birthdayFromDayAndYearEqualsBirthdayFromDate() {
    assertThat(Birthday.of(MonthDay.of(5, 17), Year.of(1990)))
        .isEqualTo(Birthday.of(LocalDate.of(1990, 5, 17)))
        .hasSameHashCodeAs(Birthday.of(LocalDate.of(1990, 5, 17)))
        .isNotEqualTo(Birthday.of(MonthDay.of(5, 17)));
  }

  @Test
  void twentyNinthOfFebruaryWithoutYearIsAccepted() {
    assertThat(Birthday.of(MonthDay.of(2, 29)).monthDay()).isEqualTo(MonthDay.of(2, 29));
  }

  @Test
  void twentyNinthOfFebruaryInLeapYearIsAccepted() {
    assertThat(Birthday.of(MonthDay.of(2, 29), Year.of(2000)).year()).contains(Year.of(2000));
  }

  @Test
  void twentyNinthOfFebruaryInNonLeapYearIsRejected() {
    assertThatThrownBy(() -> Birthday.of(MonthDay.of(2, 29), Year.of(2023)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Birthday 2023-02-29: 29 February is not a date in 2023, which is not a leap year");
  }

  @Test
  void missingDayAndMonthIsRejected() {
    assertThatThrownBy(() -> Birthday.of((MonthDay) null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Birthday.monthDay <missing>: must be given");
  }

  @Test
  void toStringIsIsoWithOrWithoutYear() {
    assertThat(Birthday.of(LocalDate.of(1990, 5, 7))).hasToString("1990-05-07");
    assertThat(Birthday.of(MonthDay.of(5, 7))).hasToString("--05-07");
  }

  @Test
  void ageIsUnknownWithoutYear() {
    assertThat(Birthday.of(MonthDay.of(5, 17)).ageOn(LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void ageDoesNotGrowTheDayBeforeTheBirthday() {
    assertThat(Birthday.of(LocalDate.of(1990, 5, 17)).ageOn(LocalDate.of(2024, 5, 16)))
        .contains(33);
  }

  @Test
  void ageGrowsOnTheBirthday() {
    assertThat(Birthday.of(LocalDate.of(1990, 5, 17)).ageOn(LocalDate.of(2024, 5, 17)))
        .contains(34);
  }

  @Test
  void ageIsZeroOnTheDateOfBirth() {
    assertThat(Birthday.of(LocalDate.of(2024, 5, 17)).ageOn(LocalDate.of(2024, 5, 17)))
        .contains(0);
  }

  @Test
  void personBornOnTwentyNinthOfFebruaryGrowsOlderOnTwentyEighthInNonLeapYear() {
    Birthday birthday = Birthday.of(LocalDate.of(2000, 2, 29));

    assertThat(birthday.ageOn(LocalDate.of(2001, 2, 27))).contains(0);
    assertThat(birthday.ageOn(LocalDate.of(2001, 2, 28))).contains(1);
  }

  @Test
  void ageBeforeTheDateOfBirthIsRejected() {
    assertThatThrownBy(() -> Birthday.of(LocalDate.of(1990, 5, 17)).ageOn(LocalDate.of(1990, 5, 16)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Birthday.ageOn 1990-05-16: is before the date of birth 1990-05-17");
  }

  @Test
  void nextOccurrenceLaterThisYear() {
    assertThat(Birthday.of(MonthDay.of(5, 17)).nextOccurrence(LocalDate.of(2024, 3, 1)))
        .isEqualTo(LocalDate.of(2024, 5, 17));
  }

  @Test
  void nextOccurrenceIncludesTheStartDate() {
    assertThat(Birthday.of(MonthDay.of(5, 17)).nextOccurrence(LocalDate.of(2024, 5, 17)))
        .isEqualTo(LocalDate.of(2024, 5, 17));
  }

  @Test
  void nextOccurrenceAfterThisYearsBirthdayIsNextYear() {
    assertThat(Birthday.of(MonthDay.of(5, 17)).nextOccurrence(LocalDate.of(2024, 5, 18)))
        .isEqualTo(LocalDate.of(2025, 5, 17));
  }

  @Test
  void twentyNinthOfFebruaryFallsOnTwentyEighthInNonLeapYear() {
    assertThat(Birthday.of(MonthDay.of(2, 29)).nextOccurrence(LocalDate.of(2025, 1, 1)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void twentyNinthOfFebruaryFallsOnTwentyNinthInLeapYear() {
    assertThat(Birthday.of(MonthDay.of(2, 29)).nextOccurrence(LocalDate.of(2023, 3, 1)))
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }
}
