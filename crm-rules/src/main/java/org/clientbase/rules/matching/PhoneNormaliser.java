package org.clientbase.rules.matching;

import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.Phone;

/**
 * Normalises telephone numbers for matching: the number in E.164 form without the extension, so
 * that {@code 8 (916) 123-45-67}, {@code +7 916 1234567} and {@code +7-916-123-45-67 доб. 12}
 * read {@code +79161234567}. The extension is left out because it tells apart people behind one
 * office number, not different numbers.
 *
 * <pre>{@code
 * PhoneNormaliser.normalise(Phone.parse("8 (916) 123-45-67")); // "+79161234567"
 * PhoneNormaliser.normalise("8 916 123 45 67 доб. 5");         // Optional[+79161234567]
 * PhoneNormaliser.normalise("call me");                       // Optional.empty
 * PhoneNormaliser.normalise("(555) 123-4567", "US");           // "+15551234567"
 * PhoneNormaliser.normalise("123-4567", "US");                 // "1234567", a local number
 * }</pre>
 *
 * <p>A number written without a country code is read in a default region: {@code "RU"} (as
 * {@link Phone#parse} reads it) or {@code "US"} (ten digits, or eleven starting with 1, are a
 * full number; seven digits are a local number without its area code, kept as its digits and
 * taken for the same phone as any full US number ending with them).
 *
 * <p>Stateless and thread-safe.
 */
public final class PhoneNormaliser {
  private PhoneNormaliser() {}

  /**
   * Returns the normalised form of a phone.
   *
   * @param phone the phone
   * @return its E.164 number without the extension
   */
  public static String normalise(Phone phone) {
    return Objects.requireNonNull(phone, "phone").e164();
  }

  /** The regions in which numbers without a country code can be read. */
  private static final java.util.Set<String> REGIONS = java.util.Set.of("RU", "US");

  /**
   * Checks that numbers can be read in a region.
   *
   * @param region the region's ISO code
   * @throws InvalidValueException if the region is not {@code "RU"} or {@code "US"}
   */
  public static void checkRegion(String region) {
    if (!REGIONS.contains(Objects.requireNonNull(region, "region"))) {
      throw new InvalidValueException("phone region", region, "must be RU or US");
    }
  }

  /**
   * Returns the normalised form of a phone written as text, read in a default region.
   *
   * @param text the number as written
   * @param region {@code "RU"} or {@code "US"}: how to read a number without a country code
   * @return its E.164 number without the extension, or the digits of a local US number
   * @throws InvalidValueException if the text is not a phone number of the region
   */
  public static String normalise(String text, String region) {
    Objects.requireNonNull(text, "text");
    checkRegion(region);
    String number = text.split("(?i)(ext|x|доб|#)", 2)[0];
    boolean plus = number.strip().startsWith("+");
    String digits = number.replaceAll("\\D", "");
    if (plus || region.equals("RU")) {
      try {
        return Phone.parse(text).e164();
      } catch (InvalidValueException e) {
        throw new InvalidValueException("phone", excerpt(text), "is not a phone number: " + e.getMessage());
      }
    }
    if (digits.length() == 10 && digits.charAt(0) >= '2') {
      return "+1" + digits;
    }
    if (digits.length() == 11 && digits.charAt(0) == '1') {
      return "+" + digits;
    }
    if (digits.length() == 7 && digits.charAt(0) >= '2') {
      return digits;
    }
    throw new InvalidValueException("phone", excerpt(text),
        "is not a US phone number: 7 digits, 10 digits, or 11 starting with 1 expected");
  }

  /**
   * Tells whether two normalised phones are the same number: equal, or one a local number that
   * the other, a full US number, ends with.
   *
   * @param a a normalised phone
   * @param b another normalised phone
   * @return {@code true} for the same number
   */
  public static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() == 7 && b.startsWith("+1")) {
      return b.endsWith(a);
    }
    return b.length() == 7 && a.startsWith("+1") && a.endsWith(b);
  }

  private static String excerpt(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /**
   * Returns the normalised form of a phone written as text.
   *
   * @param text the number as written
   * @return its E.164 number without the extension, or empty if the text is not a phone number
   */
  public static Optional<String> normalise(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(Phone.parse(text).e164());
    } catch (InvalidValueException notAPhone) {
      return Optional.empty();
    }
  }
}
