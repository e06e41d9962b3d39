package org.clientbase.rules.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.clientbase.core.person.Birthday;
import org.clientbase.testkit.generators.ActivityGenerators;
import org.clientbase.testkit.generators.DomainGenerators;
import org.junit.jupiter.api.Test;

class LeapDayRuleTest {
  private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);

  @Test
  void eachRulePlacesThe29thOfFebruaryInACommonYear() {
    assertThat(LeapDayRule.FEBRUARY_28.in(LEAP_DAY, 2026)).contains(LocalDate.of(2026, 2, 28));
    assertThat(LeapDayRule.MARCH_1.in(LEAP_DAY, 2026)).contains(LocalDate.of(2026, 3, 1));
    assertThat(LeapDayRule.LEAP_YEARS_ONLY.in(LEAP_DAY, 2026)).isEmpty();
    for (LeapDayRule rule : LeapDayRule.values()) {
      assertThat(rule.in(LEAP_DAY, 2028)).contains(LocalDate.of(2028, 2, 29));
      assertThat(rule.in(MonthDay.of(2, 28), 2026)).contains(LocalDate.of(2026, 2, 28));
    }
  }

  @Test
  void leapYearsOnlySkipsTheCenturiesThatAreNotLeap() {
    assertThat(LeapDayRule.LEAP_YEARS_ONLY.next(Birthday.of(LEAP_DAY), LocalDate.of(2097, 3, 1)))
        .isEqualTo(LocalDate.of(2104, 2, 29));
    assertThat(LeapDayRule.LEAP_YEARS_ONLY.next(Birthday.of(LEAP_DAY), LocalDate.of(2399, 3, 1)))
        .isEqualTo(LocalDate.of(2400, 2, 29));
  }

  @Test
  void theDefaultRuleIsTheRuleOfTheBirthdayType() {
    qt().withExamples(300)
        .forAll(DomainGenerators.birthdays(), ActivityGenerators.dates())
        .checkAssert((birthday, date) ->
            assertThat(LeapDayRule.FEBRUARY_28.next(birthday, date)).isEqualTo(birthday.nextOccurrence(date)));
  }

  @Test
  void theRulesDifferOnlyForThe29thOfFebruaryInCommonYears() {
    qt().withExamples(300)
        .forAll(DomainGenerators.birthdays(), ActivityGenerators.dates())
        .checkAssert((birthday, date) -> {
          LocalDate byDefault = LeapDayRule.FEBRUARY_28.next(birthday, date);
          LocalDate byMarch = LeapDayRule.MARCH_1.next(birthday, date);
          LocalDate leapOnly = LeapDayRule.LEAP_YEARS_ONLY.next(birthday, date);
          if (!birthday.monthDay().equals(LEAP_DAY)) {
            assertThat(byMarch).isEqualTo(byDefault);
            assertThat(leapOnly).isEqualTo(byDefault);
          } else {
            assertThat(byMarch).isEqualTo(firstOnOrAfter(date, 3, 1));
            assertThat(byDefault).isEqualTo(firstOnOrAfter(date, 2, 28));
            assertThat(Year.isLeap(leapOnly.getYear())).isTrue();
            assertThat(MonthDay.from(leapOnly)).isEqualTo(LEAP_DAY);
            assertThat(leapOnly).isAfterOrEqualTo(byDefault).isAfterOrEqualTo(byMarch);
          }
          for (LocalDate next : new LocalDate[] {byDefault, byMarch, leapOnly}) {
            assertThat(next).isAfterOrEqualTo(date);
          }
        });
  }

  @Test
  void onTheFirstOfMarchOfACommonYearTheMarchRuleFallsOnThatDay() {
    Birthday leapDay = Birthday.of(LEAP_DAY);
    LocalDate march1 = LocalDate.of(2018, 3, 1);
    assertThat(LeapDayRule.MARCH_1.next(leapDay, march1)).isEqualTo(march1);
    assertThat(LeapDayRule.FEBRUARY_28.next(leapDay, march1)).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(LeapDayRule.LEAP_YEARS_ONLY.next(leapDay, march1)).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  /**
   * Walks day by day to the first 29 February, or the given day of a common year, on or after
   * {@code from}: an oracle independent of the rule's own year arithmetic.
   */
  private static LocalDate firstOnOrAfter(LocalDate from, int commonMonth, int commonDay) {
    for (LocalDate d = from; ; d = d.plusDays(1)) {
      boolean leapDay = d.getMonthValue() == 2 && d.getDayOfMonth() == 29;
      boolean substitute = !d.isLeapYear()
          && d.getMonthValue() == commonMonth && d.getDayOfMonth() == commonDay;
      if (leapDay || substitute) {
        return d;
      }
    }
  }
}
