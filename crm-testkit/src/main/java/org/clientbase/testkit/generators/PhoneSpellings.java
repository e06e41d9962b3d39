package org.clientbase.testkit.generators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several ways people write one telephone number, with the canonical form they all denote.
 *
 * <p>The canonical form is computed by the generator from the digits it chose, independently
 * of {@link org.clientbase.core.contact.Phone}, so a test can check the parser against it:
 *
 * <pre>{@code
 * qt().forAll(DomainGenerators.phoneSpellings()).checkAssert(s -> {
 *   for (String text : s.spellings()) {
 *     assertThat(Phone.parse(text).e164()).isEqualTo(s.e164());
 *   }
 * });
 * }</pre>
 *
 * @param e164 the number in E.164 form, e.g. {@code "+79161234567"}
 * @param extension the extension's digits, if the spellings carry one
 * @param spellings at least two spellings of the number, such as {@code "8 (916) 123-45-67"}
 *     and {@code "+7 916 1234567"}, each with the extension when there is one
 */
public record PhoneSpellings(String e164, Optional<String> extension, List<String> spellings) {

  /**
   * Checks and copies the parts.
   *
   * @param e164 the number in E.164 form
   * @param extension the extension's digits, if any
   * @param spellings the spellings
   */
  public PhoneSpellings {
    Objects.requireNonNull(e164, "e164");
    Objects.requireNonNull(extension, "extension");
    spellings = List.copyOf(spellings);
  }
}
