package org.clientbase.core.tax;

import org.clientbase.core.InvalidTaxIdException;

/** The digit rules shared by the tax ids: reading the text and computing check digits. */
final class TaxDigits {
  private TaxDigits() {}

  /** Longer texts are not read digit by digit: their length alone refuses them. */
  private static final int MAX_SCANNED = 64;

  /**
   * Reads a tax id written as digits: strips surrounding white space and requires the rest to
   * be ASCII digits. A text too long for any tax id is returned unread, for the caller's length
   * check to refuse, so that time spent on a hostile input stays small.
   */
  static String requireDigits(String kind, String text) {
    String stripped = requirePresent(kind, text);
    if (stripped.length() > MAX_SCANNED) {
      return stripped;
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidTaxIdException(kind, stripped, "must contain digits only");
      }
    }
    return stripped;
  }

  /** Requires a text to be given and not blank, and returns it stripped. */
  static String requirePresent(String kind, String text) {
    if (text == null) {
      throw new InvalidTaxIdException(kind, null, "must be given");
    }
    if (text.isBlank()) {
      throw new InvalidTaxIdException(kind, text, "must not be blank");
    }
    return text.strip();
  }

  /** The digit at a position of a text of ASCII digits. */
  static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /**
   * The weighted check digit of the FNS: the sum of each leading digit times its weight, mod 11,
   * mod 10. The weights cover the leading digits of the text one by one.
   */
  static int weightedCheckDigit(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(digits, i);
    }
    return sum % 11 % 10;
  }
}
