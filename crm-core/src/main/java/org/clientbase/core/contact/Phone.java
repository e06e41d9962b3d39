package org.clientbase.core.contact;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.TextPolicy;

/**
 * A telephone number in the canonical international form (E.164), with an optional extension
 * kept separately.
 *
 * <p>{@link #parse(String)} reads the ways people write numbers: digits grouped by spaces,
 * dashes, dots or parentheses, with a leading {@code +} for an international number. Without a
 * {@code +} the number is read as Russian:
 *
 * <ul>
 *   <li>11 digits starting with 8, the domestic prefix: {@code 8 916 123-45-67} is {@code
 *       +79161234567};
 *   <li>11 digits starting with 7, the country code written without {@code +};
 *   <li>10 digits starting with 9, a mobile number without a prefix.
 * </ul>
 *
 * <p>With a {@code +} any country code is accepted, with 8 to 15 digits in all; a number of
 * country code 7 (Russia, Kazakhstan) has exactly 11. An extension follows one of the markers
 * {@code доб.}, {@code доб}, {@code ext.}, {@code ext}, {@code x} or {@code #} (in any case)
 * and has digits only.
 *
 * <p>Two phones are equal when their E.164 numbers and extensions are. The text of
 * {@link #format()} reads back to an equal phone.
 *
 * <pre>{@code
 * Phone phone = Phone.parse("8 (916) 123-45-67 доб. 123");
 * phone.e164();      // "+79161234567"
 * phone.extension(); // Optional[123]
 * phone.format();    // "+7 916 123-45-67 ext. 123"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Phone {
  private static final String FIELD = "Phone";
  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;
  /** The most digits an extension may have. */
  public static final int MAX_EXTENSION_DIGITS = 10;
  /** The longest text {@link #parse(String)} reads, extension included. */
  public static final int MAX_TEXT_LENGTH = 100;
  private static final String ALLOWED =
      "a number may contain only digits, spaces, dashes, dots, parentheses, a leading + "
          + "and an extension after доб., ext., x or #";
  private static final Pattern EXTENSION =
      Pattern.compile(
          "(доб\\.?|ext\\.?|x|#)\\s*(.*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final String e164;
  private final String extension;

  private Phone(String e164, String extension) {
    this.e164 = e164;
    this.extension = extension;
  }

  /**
   * Reads a telephone number.
   *
   * @param text the number as written, e.g. {@code "8 (916) 123-45-67"}, {@code
   *     "+44 20 7946 0958"} or {@code "+7 495 123-45-67 доб. 12"}
   * @return the phone in canonical form
   * @throws InvalidValueException if the text is missing or blank, contains letters or other
   *     characters that do not belong in a number, has too few or too many digits, or has an
   *     extension marker not followed by digits
   */
  public static Phone parse(String text) {
    if (text == null) {
      throw new InvalidValueException(FIELD, null, "must be given");
    }
    if (text.isBlank()) {
      throw new InvalidValueException(FIELD, text, "must not be blank");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidValueException(FIELD, text,
          "must have at most " + MAX_TEXT_LENGTH + " characters, has " + text.length());
    }
    int tail = indexOfExtensionMarker(text);
    String number = tail < 0 ? text : text.substring(0, tail);
    String extension = tail < 0 ? null : readExtension(text, text.substring(tail).strip());
    return new Phone(e164(text, number.strip()), extension);
  }

  private static int indexOfExtensionMarker(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#' || Character.isLetter(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String readExtension(String text, String tail) {
    Matcher matcher = EXTENSION.matcher(tail);
    if (!matcher.matches()) {
      throw new InvalidValueException(
          FIELD, text, "unexpected character '" + characterAt(tail, 0) + "'; " + ALLOWED);
    }
    String digits = matcher.group(2);
    if (digits.isEmpty()) {
      throw new InvalidValueException(
          FIELD, text, "extension marker '" + matcher.group(1) + "' must be followed by digits");
    }
    if (!isAsciiDigits(digits)) {
      throw new InvalidValueException(
          FIELD, text, "extension '" + TextPolicy.excerpt(digits) + "' must contain digits only");
    }
    if (digits.length() > MAX_EXTENSION_DIGITS) {
      throw new InvalidValueException(FIELD, text,
          "extension must have at most " + MAX_EXTENSION_DIGITS + " digits, has " + digits.length());
    }
    return digits;
  }

  private static String e164(String text, String number) {
    StringBuilder digits = new StringBuilder(number.length());
    boolean plus = false;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && i == 0) {
        plus = true;
      } else if (!(Character.isWhitespace(c) || c == '-' || c == '.' || c == '(' || c == ')')) {
        throw new InvalidValueException(
            FIELD, text, "unexpected character '" + characterAt(number, i) + "'; " + ALLOWED);
      }
    }
    int count = digits.length();
    if (count == 0) {
      throw new InvalidValueException(FIELD, text, "must contain a number");
    }
    if (plus) {
      return "+" + international(text, digits.toString());
    }
    return "+" + russian(text, digits.toString());
  }

  private static String international(String text, String digits) {
    int count = digits.length();
    if (count < MIN_DIGITS || count > MAX_DIGITS) {
      throw new InvalidValueException(
          FIELD, text,
          "must have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits after +, has " + count);
    }
    if (digits.charAt(0) == '0') {
      throw new InvalidValueException(FIELD, text, "country code must not start with 0");
    }
    if (digits.charAt(0) == '7' && count != 11) {
      throw new InvalidValueException(
          FIELD, text, "must have 11 digits with country code 7, has " + count);
    }
    return digits;
  }

  private static String russian(String text, String digits) {
    int count = digits.length();
    char first = digits.charAt(0);
    if (count == 11 && (first == '8' || first == '7')) {
      return "7" + digits.substring(1);
    }
    if (count == 10 && first == '9') {
      return "7" + digits;
    }
    if (count < 10) {
      throw new InvalidValueException(
          FIELD, text, "has too few digits (" + count + ") for a Russian number; "
              + "write a short international number with a leading +");
    }
    if (count > 11) {
      throw new InvalidValueException(
          FIELD, text, "has too many digits (" + count + ") for a Russian number; "
              + "write an international number with a leading +");
    }
    if (count == 10) {
      throw new InvalidValueException(
          FIELD, text, "10 digits must start with 9 (a Russian mobile number); "
              + "write other numbers with 8, 7 or a leading +");
    }
    throw new InvalidValueException(
        FIELD, text, "11 digits must start with 8 or 7 (a Russian number); "
            + "write an international number with a leading +");
  }

  private static String characterAt(String text, int index) {
    return new String(Character.toChars(text.codePointAt(index)));
  }

  private static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number in E.164 form: a {@code +} followed by the country code and the national
   * number, digits only.
   *
   * @return the number, e.g. {@code "+79161234567"}
   */
  public String e164() {
    return e164;
  }

  /**
   * Returns the extension, if the number has one.
   *
   * @return the extension's digits, or empty
   */
  public Optional<String> extension() {
    return Optional.ofNullable(extension);
  }

  /**
   * Returns the number for people to read.
   *
   * <p>A number of country code 7 is grouped as {@code +7 916 123-45-67}; other numbers are
   * shown as {@code +} and digits, since their grouping depends on the country. An extension
   * follows as {@code " ext. 123"}. {@link #parse(String)} reads the result back to an equal
   * phone.
   *
   * @return the formatted number
   */
  public String format() {
    String number;
    if (e164.startsWith("+7") && e164.length() == 12) {
      number = "+7 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + "-"
          + e164.substring(8, 10) + "-" + e164.substring(10);
    } else {
      number = e164;
    }
    return extension == null ? number : number + " ext. " + extension;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phone
        && ((Phone) other).e164.equals(e164)
        && Objects.equals(((Phone) other).extension, extension);
  }

  @Override
  public int hashCode() {
    return Objects.hash(e164, extension);
  }

  /**
   * Returns the number for people to read, as {@link #format()} does.
   *
   * @return the formatted number
   */
  @Override
  public String toString() {
    return format();
  }
}
