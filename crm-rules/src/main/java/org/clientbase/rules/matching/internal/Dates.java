package org.clientbase.rules.matching.internal;

import org.clientbase.core.person.Birthday;

/** How far apart two birthdays are: day and month swapped, or one digit off. */
final class Dates {
  private Dates() {}

  /** Whether one date is the other one digit off: one digit changed, or two neighbours swapped. */
  static boolean oneDigitOff(Birthday x, Birthday y) {
    return oneDigitOff(digits(x, y), digits(y, x));
  }

  private static boolean sameYears(Birthday x, Birthday y) {
    return x.year().isEmpty() || y.year().isEmpty() || x.year().equals(y.year());
  }

  static boolean swapped(Birthday x, Birthday y) {
    return sameYears(x, y) && x.monthDay().getDayOfMonth() == y.monthDay().getMonthValue()
        && x.monthDay().getMonthValue() == y.monthDay().getDayOfMonth();
  }

  /** The date's digits, YYYYMMDD, or MMDD when either side has no year. */
  private static String digits(Birthday x, Birthday other) {
    String md = String.format(java.util.Locale.ROOT, "%02d%02d", x.monthDay().getMonthValue(),
        x.monthDay().getDayOfMonth());
    if (x.year().isEmpty() || other.year().isEmpty()) {
      return md;
    }
    return String.format(java.util.Locale.ROOT, "%04d", x.year().get().getValue()) + md;
  }

  /** One digit changed, or two neighbouring digits swapped. */
  private static boolean oneDigitOff(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    int differences = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (differences++ == 0) {
          first = i;
        }
      }
    }
    if (differences == 1) {
      return true;
    }
    return differences == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first);
  }
}
