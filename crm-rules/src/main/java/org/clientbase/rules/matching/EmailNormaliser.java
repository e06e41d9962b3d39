package org.clientbase.rules.matching;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.Email;

/**
 * Normalises email addresses for matching: the whole address in lower case, a {@code +tag}
 * after the mailbox name removed, the dots of a Gmail mailbox removed, and the aliases of the
 * large providers folded to one domain ({@code ya.ru}, {@code yandex.com}, {@code yandex.by},
 * {@code yandex.kz}, {@code yandex.ua} and {@code narod.ru} to {@code yandex.ru}; {@code
 * googlemail.com} to {@code gmail.com}). These are the rules by which those providers deliver
 * mail, so two addresses that normalise alike reach the same mailbox.
 *
 * <pre>{@code
 * EmailNormaliser.normalise(Email.of("Ivan.Petrov+crm@Ya.ru")); // "ivan.petrov@yandex.ru"
 * EmailNormaliser.normalise(Email.of("i.van.petrov@gmail.com")); // "ivanpetrov@gmail.com"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class EmailNormaliser {
  private EmailNormaliser() {}

  private static final Map<String, String> ALIASES = Map.of(
      "ya.ru", "yandex.ru", "yandex.com", "yandex.ru", "yandex.by", "yandex.ru",
      "yandex.kz", "yandex.ru", "yandex.ua", "yandex.ru", "narod.ru", "yandex.ru",
      "googlemail.com", "gmail.com");

  /**
   * Returns the normalised form of an email.
   *
   * @param email the email
   * @return the normalised address
   */
  public static String normalise(Email email) {
    Objects.requireNonNull(email, "email");
    String domain = email.domain().toLowerCase(Locale.ROOT);
    domain = ALIASES.getOrDefault(domain, domain);
    String local = email.localPart().toLowerCase(Locale.ROOT);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (domain.equals("gmail.com")) {
      local = local.replace(".", "");
    }
    return local + "@" + domain;
  }

  /**
   * Returns the normalised form of an email written as text.
   *
   * @param text the address as written
   * @return the normalised address, or empty if the text is not a valid email
   */
  public static Optional<String> normalise(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(normalise(Email.of(text)));
    } catch (InvalidValueException notAnEmail) {
      return Optional.empty();
    }
  }
}
