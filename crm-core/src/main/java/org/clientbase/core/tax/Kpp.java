package org.clientbase.core.tax;

import org.clientbase.core.InvalidTaxIdException;

/**
 * A tax registration reason code (КПП) of a legal entity: 9 characters in the FNS format
 * {@code NNNNPPNNN}.
 *
 * <p>{@code NNNN} is the code of the tax office (4 digits), {@code PP} the reason of the
 * registration (2 digits or capital Latin letters {@code A-Z}), {@code NNN} the number of the
 * registration for that reason (3 digits). A KPP has no check digit.
 *
 * <pre>{@code
 * Kpp kpp = Kpp.of("773601001");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Kpp {
  private static final String KIND = "KPP";
  private static final int LENGTH = 9;

  private final String value;

  private Kpp(String value) {
    this.value = value;
  }

  /**
   * Reads a KPP.
   *
   * @param text the 9 characters; white space around them is ignored
   * @return the KPP
   * @throws InvalidTaxIdException if the text is missing or blank, does not have 9 characters,
   *     or a character does not fit the format {@code NNNNPPNNN}
   */
  public static Kpp of(String text) {
    String kpp = TaxDigits.requirePresent(KIND, text);
    if (kpp.length() != LENGTH) {
      throw new InvalidTaxIdException(
          KIND, kpp, "must have " + LENGTH + " characters, has " + kpp.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = kpp.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean reason = i == 4 || i == 5;
      if (reason && !digit && !(c >= 'A' && c <= 'Z')) {
        throw new InvalidTaxIdException(
            KIND, kpp,
            "character " + (i + 1) + " '" + c + "' must be a digit or a capital Latin letter A-Z");
      }
      if (!reason && !digit) {
        throw new InvalidTaxIdException(
            KIND, kpp, "character " + (i + 1) + " '" + c + "' must be a digit");
      }
    }
    return new Kpp(kpp);
  }

  /**
   * Returns the KPP as its 9 characters.
   *
   * @return the characters
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Kpp && ((Kpp) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the characters, as {@link #value()} does.
   *
   * @return the characters
   */
  @Override
  public String toString() {
    return value;
  }
}
