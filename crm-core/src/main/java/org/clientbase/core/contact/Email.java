package org.clientbase.core.contact;

import java.util.Locale;
import org.clientbase.core.InvalidValueException;

/**
 * An email address, syntactically checked, with its domain in lower case.
 *
 * <p>The check is a pragmatic subset of RFC 5322 and RFC 6531, meant to catch typing mistakes
 * rather than to accept every address the standards allow:
 *
 * <ul>
 *   <li>exactly one {@code @}; at most 254 characters in all;
 *   <li>the local part (before {@code @}) has 1 to 64 characters: letters, digits and {@code
 *       !#$%&'*+/=?^_`{|}~.-}, with no dot at its start or end and no two dots in a row; no
 *       quoted strings or comments;
 *   <li>the domain has at least two labels separated by dots; a label has 1 to 63 letters,
 *       digits or hyphens and neither starts nor ends with a hyphen; letters may be any
 *       Unicode letters, so internationalised domains such as {@code почта.рф} are accepted;
 *   <li>the top-level domain has at least 2 characters, letters only, or is an ASCII
 *       (punycode) label starting with {@code xn--}.
 * </ul>
 *
 * <p>The domain is case-insensitive and kept in lower case; the local part is kept as given,
 * since only the receiving server may decide whether its case matters. Two emails are equal
 * when their local parts are equal and their domains are equal ignoring case.
 *
 * <pre>{@code
 * Email email = Email.of(" Ivan.Petrov@Example.RU ");
 * email.address(); // "Ivan.Petrov@example.ru"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Email {
  private static final String FIELD = "Email";
  private static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

  private final String localPart;
  private final String domain;

  private Email(String localPart, String domain) {
    this.localPart = localPart;
    this.domain = domain;
  }

  /**
   * Reads an email address.
   *
   * @param text the address; white space around it is ignored
   * @return the email, with its domain in lower case
   * @throws InvalidValueException if the text is missing or blank, or is not a syntactically
   *     valid address by the rules above; the message says which rule it breaks
   */
  public static Email of(String text) {
    if (text == null) {
      throw new InvalidValueException(FIELD, null, "must be given");
    }
    if (text.isBlank()) {
      throw new InvalidValueException(FIELD, text, "must not be blank");
    }
    String address = text.strip();
    if (address.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          FIELD, address,
          "must have at most " + MAX_LENGTH + " characters, has " + address.length());
    }
    int at = address.indexOf('@');
    if (at < 0 || address.indexOf('@', at + 1) >= 0) {
      throw new InvalidValueException(FIELD, address, "must contain exactly one @");
    }
    String localPart = address.substring(0, at);
    String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
    checkLocalPart(address, localPart);
    checkDomain(address, domain);
    return new Email(localPart, domain);
  }

  private static void checkLocalPart(String address, String local) {
    if (local.isEmpty()) {
      throw new InvalidValueException(FIELD, address, "local part before @ must not be empty");
    }
    if (local.length() > MAX_LOCAL_LENGTH) {
      throw new InvalidValueException(
          FIELD, address,
          "local part must have at most " + MAX_LOCAL_LENGTH + " characters, has "
              + local.length());
    }
    local.codePoints()
        .filter(c -> !Character.isLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0)
        .findFirst()
        .ifPresent(
            c -> {
              throw new InvalidValueException(
                  FIELD, address, "local part contains " + describe(c) + ", which is not allowed");
            });
    if (local.startsWith(".") || local.endsWith(".")) {
      throw new InvalidValueException(
          FIELD, address, "local part must not start or end with a dot");
    }
    if (local.contains("..")) {
      throw new InvalidValueException(
          FIELD, address, "local part must not contain two dots in a row");
    }
  }

  private static void checkDomain(String address, String domain) {
    if (domain.isEmpty()) {
      throw new InvalidValueException(FIELD, address, "domain after @ must not be empty");
    }
    if (domain.indexOf('.') < 0) {
      throw new InvalidValueException(FIELD, address, "domain '" + domain + "' has no dot");
    }
    String[] labels = domain.split("\\.", -1);
    for (String label : labels) {
      checkLabel(address, domain, label);
    }
    String tld = labels[labels.length - 1];
    boolean punycode = tld.startsWith("xn--") && tld.chars().allMatch(c -> c < 128);
    if (!punycode) {
      if (!tld.codePoints().allMatch(Character::isLetter)) {
        throw new InvalidValueException(
            FIELD, address, "top-level domain '" + tld + "' must contain letters only");
      }
      if (tld.codePointCount(0, tld.length()) < 2) {
        throw new InvalidValueException(
            FIELD, address, "top-level domain '" + tld + "' must have at least 2 letters");
      }
    }
  }

  private static void checkLabel(String address, String domain, String label) {
    if (label.isEmpty()) {
      throw new InvalidValueException(
          FIELD, address,
          "domain '" + domain + "' must not start or end with a dot or have two dots in a row");
    }
    if (label.length() > MAX_LABEL_LENGTH) {
      throw new InvalidValueException(
          FIELD, address,
          "domain label '" + label + "' must have at most " + MAX_LABEL_LENGTH + " characters");
    }
    label.codePoints()
        .filter(c -> !Character.isLetterOrDigit(c) && c != '-')
        .findFirst()
        .ifPresent(
            c -> {
              throw new InvalidValueException(
                  FIELD, address,
                  "domain '" + domain + "' contains " + describe(c) + ", which is not allowed");
            });
    if (label.startsWith("-") || label.endsWith("-")) {
      throw new InvalidValueException(
          FIELD, address,
          "domain label '" + label + "' must not start or end with a hyphen");
    }
  }

  private static String describe(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
      return String.format(Locale.ROOT, "character U+%04X", codePoint);
    }
    return "character '" + new String(Character.toChars(codePoint)) + "'";
  }

  /**
   * Returns the whole address: the local part, {@code @} and the domain in lower case.
   *
   * @return the address, e.g. {@code "Ivan.Petrov@example.ru"}
   */
  public String address() {
    return localPart + "@" + domain;
  }

  /**
   * Returns the part before {@code @}, as given.
   *
   * @return the local part
   */
  public String localPart() {
    return localPart;
  }

  /**
   * Returns the part after {@code @}, in lower case.
   *
   * @return the domain
   */
  public String domain() {
    return domain;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Email
        && ((Email) other).localPart.equals(localPart)
        && ((Email) other).domain.equals(domain);
  }

  @Override
  public int hashCode() {
    return localPart.hashCode() * 31 + domain.hashCode();
  }

  /**
   * Returns the whole address, as {@link #address()} does.
   *
   * @return the address
   */
  @Override
  public String toString() {
    return address();
  }
}
