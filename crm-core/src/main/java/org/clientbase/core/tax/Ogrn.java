package org.clientbase.core.tax;

import org.clientbase.core.InvalidTaxIdException;

/**
 * A primary state registration number: the ОГРН of a legal entity (13 digits) or the ОГРНИП of
 * a sole proprietor (15 digits).
 *
 * <p>The last digit is a check digit: for an OGRN the number formed by the first 12 digits,
 * mod 11, mod 10; for an OGRNIP the number formed by the first 14 digits, mod 13, mod 10.
 * Errors name the kind by length: {@code "OGRN"} for 13 digits, {@code "OGRNIP"} for 15, and
 * {@code "OGRN"} when the length is neither.
 *
 * <pre>{@code
 * Ogrn legalEntity = Ogrn.of("1027700132195");
 * Ogrn soleProprietor = Ogrn.of("304500116000157");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Ogrn {
  private static final String OGRN = "OGRN";
  private static final String OGRNIP = "OGRNIP";

  private final String value;

  private Ogrn(String value) {
    this.value = value;
  }

  /**
   * Reads an OGRN or OGRNIP.
   *
   * @param text 13 digits (OGRN) or 15 digits (OGRNIP); white space around them is ignored
   * @return the registration number
   * @throws InvalidTaxIdException if the text is missing or blank, contains anything but digits,
   *     has neither 13 nor 15 digits, or the check digit is wrong
   */
  public static Ogrn of(String text) {
    String digits = TaxDigits.requireDigits(OGRN, text);
    if (digits.length() != 13 && digits.length() != 15) {
      throw new InvalidTaxIdException(
          OGRN, digits, "must have 13 or 15 digits, has " + digits.length());
    }
    String body = digits.substring(0, digits.length() - 1);
    int expected = checkDigit(body);
    int given = TaxDigits.digit(digits, digits.length() - 1);
    if (given != expected) {
      throw new InvalidTaxIdException(
          kind(digits.length()), digits, "check digit " + given + " expected " + expected);
    }
    return new Ogrn(digits);
  }

  /**
   * Completes an OGRN or OGRNIP from its body by appending the check digit.
   *
   * <p>Meant for test data generators and for hosts that number registrations themselves.
   *
   * @param body the digits before the check digit: 12 for an OGRN, 14 for an OGRNIP; white
   *     space around them is ignored
   * @return the registration number with its check digit
   * @throws InvalidTaxIdException if the body is missing or blank, contains anything but digits,
   *     or has neither 12 nor 14 digits
   */
  public static Ogrn fromBody(String body) {
    String digits = TaxDigits.requireDigits(OGRN, body);
    if (digits.length() != 12 && digits.length() != 14) {
      throw new InvalidTaxIdException(
          OGRN, digits, "body must have 12 or 14 digits, has " + digits.length());
    }
    return new Ogrn(digits + checkDigit(digits));
  }

  private static int checkDigit(String body) {
    long number = Long.parseLong(body);
    long modulus = body.length() == 12 ? 11 : 13;
    return (int) (number % modulus % 10);
  }

  private static String kind(int length) {
    return length == 15 ? OGRNIP : OGRN;
  }

  /**
   * Returns the registration number as its 13 or 15 digits.
   *
   * @return the digits
   */
  public String value() {
    return value;
  }

  /**
   * Tells whether this is the OGRNIP of a sole proprietor (15 digits) rather than the OGRN of a
   * legal entity (13 digits).
   *
   * @return {@code true} for 15 digits
   */
  public boolean isSoleProprietor() {
    return value.length() == 15;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ogrn && ((Ogrn) other).value.equals(value);
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
