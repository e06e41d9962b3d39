package org.clientbase.rules.matching.internal;

import org.clientbase.core.person.Birthday;

/** How far apart two birthdays are: day and month swapped, or one digit off. */
final class Dates {
  private Dates() {}

  /** Whether one date is the other one digit off: one digit changed, or two neighbours swapped. */
  static boolean oneDigitOff(Birthday x, Birthday y) {
    boolean years = x.year().isPresent() && y.year().isPresent();
    int digits = years ? 8 : 4;
    int a = number(x, years);
    int b = number(y, years);
    int first = -1;
    int differences = 0;
    for (int i = 0; i < digits; i++) {
      if (digit(a, i, digits) != digit(b, i, digits) && differences++ == 0) {
        first = i;
      }
    }
    if (differences == 1) {
      return true;
    }
    return differences == 2 && first + 1 < digits && digit(a, first, digits) == digit(b, first + 1, digits)
        && digit(a, first + 1, digits) == digit(b, first, digits);
  }

  /** The date as the number YYYYMMDD, or MMDD without the year. */
  private static int number(Birthday x, boolean year) {
    int md = x.monthDay().getMonthValue() * 100 + x.monthDay().getDayOfMonth();
    return year ? Math.floorMod(x.year().get().getValue(), 10_000) * 10_000 + md : md;
  }

  /** The i-th of a number's digits, counted from the left. */
  private static int digit(int number, int i, int digits) {
    int divisor = 1;
    for (int k = digits - 1; k > i; k--) {
      divisor *= 10;
    }
    return number / divisor % 10;
  }

  private static boolean sameYears(Birthday x, Birthday y) {
    return x.year().isEmpty() || y.year().isEmpty() || x.year().equals(y.year());
  }

  static boolean swapped(Birthday x, Birthday y) {
    return sameYears(x, y) && x.monthDay().getDayOfMonth() == y.monthDay().getMonthValue()
        && x.monthDay().getMonthValue() == y.monthDay().getDayOfMonth();
  }
}
