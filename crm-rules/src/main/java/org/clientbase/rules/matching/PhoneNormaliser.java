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
 * }</pre>
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
