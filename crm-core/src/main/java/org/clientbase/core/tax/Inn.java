package org.clientbase.core.tax;

import org.clientbase.core.InvalidTaxIdException;

/**
 * A taxpayer identification number (ИНН).
 *
 * <p>A legal entity has 10 digits, the last one a check digit; an individual or a sole
 * proprietor has 12 digits, the last two check digits. Both are computed as the FNS
 * prescribes: the weighted sum of the preceding digits, mod 11, mod 10. Instances are
 * immutable and hold only valid numbers.
 *
 * <pre>{@code
 * Inn legalEntity = Inn.of("7707083893");   // 10 digits
 * Inn individual = Inn.of(" 500100732259 "); // 12 digits, white space around is dropped
 * Inn generated = Inn.fromBody("770708389"); // 7707083893
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Inn {
  private static final String KIND = "INN";
  private static final int[] WEIGHTS_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] WEIGHTS_12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] WEIGHTS_12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  private final String value;

  private Inn(String value) {
    this.value = value;
  }

  /**
   * Reads an INN.
   *
   * @param text 10 or 12 digits; white space around them is ignored
   * @return the INN
   * @throws InvalidTaxIdException if the text is missing or blank, contains anything but digits,
   *     has neither 10 nor 12 digits, or a check digit is wrong
   */
  public static Inn of(String text) {
    String digits = TaxDigits.requireDigits(KIND, text);
    if (digits.length() == 10) {
      int expected = TaxDigits.weightedCheckDigit(digits, WEIGHTS_10);
      int given = TaxDigits.digit(digits, 9);
      if (given != expected) {
        throw new InvalidTaxIdException(
            KIND, digits, "check digit " + given + " expected " + expected);
      }
    } else if (digits.length() == 12) {
      checkTwelveDigitCheck(digits, 11, WEIGHTS_12_FIRST);
      checkTwelveDigitCheck(digits, 12, WEIGHTS_12_SECOND);
    } else {
      throw new InvalidTaxIdException(
          KIND, digits, "must have 10 or 12 digits, has " + digits.length());
    }
    return new Inn(digits);
  }

  private static void checkTwelveDigitCheck(String digits, int position, int[] weights) {
    int expected = TaxDigits.weightedCheckDigit(digits, weights);
    int given = TaxDigits.digit(digits, position - 1);
    if (given != expected) {
      throw new InvalidTaxIdException(
          KIND, digits, "check digit " + position + " is " + given + ", expected " + expected);
    }
  }

  /**
   * Completes an INN from its body by appending the check digits.
   *
   * <p>Meant for test data generators and for hosts that number taxpayers themselves.
   *
   * @param body the digits before the check digits: 9 for a legal entity, 10 for an individual
   *     or a sole proprietor; white space around them is ignored
   * @return the INN with its check digit (10 digits) or check digits (12 digits)
   * @throws InvalidTaxIdException if the body is missing or blank, contains anything but digits,
   *     or has neither 9 nor 10 digits
   */
  public static Inn fromBody(String body) {
    String digits = TaxDigits.requireDigits(KIND, body);
    if (digits.length() == 9) {
      return new Inn(digits + TaxDigits.weightedCheckDigit(digits, WEIGHTS_10));
    }
    if (digits.length() == 10) {
      String eleven = digits + TaxDigits.weightedCheckDigit(digits, WEIGHTS_12_FIRST);
      return new Inn(eleven + TaxDigits.weightedCheckDigit(eleven, WEIGHTS_12_SECOND));
    }
    throw new InvalidTaxIdException(
        KIND, digits, "body must have 9 or 10 digits, has " + digits.length());
  }

  /**
   * Returns the INN as its 10 or 12 digits.
   *
   * @return the digits
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is the INN of a legal entity (10 digits) rather than of an individual or
   * a sole proprietor (12 digits).
   *
   * @return {@code true} for 10 digits
   */
  public boolean isLegalEntity() {
    return value.length() == 10;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Inn && ((Inn) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits, as {@link #value()} does.
   *
   * @return the digits
   */
  @Override
  public String toString() {
    return value;
  }
}
