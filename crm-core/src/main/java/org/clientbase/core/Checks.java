package org.clientbase.core;

import java.util.Optional;

/**
 * Argument checks shared by the domain types, each failing with an
 * {@link InvalidValueException} that names the field.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {
  private Checks() {}

  /**
   * Trims a text and collapses inner runs of white space to one space.
   *
   * @param text the text, not {@code null}
   * @return the normalised text
   */
  public static String squeeze(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Requires a name-like text that follows the {@link TextPolicy text policy} and returns it
   * normalised (trimmed, single-spaced, NFC).
   *
   * @param field the field name used in the error
   * @param text the text
   * @return the normalised text
   * @throws InvalidValueException if the text is {@code null}, blank or breaks the policy
   */
  public static String requireText(String field, String text) {
    return TextPolicy.name(field, text);
  }

  /**
   * Requires a name-like text to be already normalised under the {@link TextPolicy text
   * policy}: not blank, trimmed, single-spaced and in NFC.
   *
   * @param field the field name used in the error
   * @param text the text
   * @throws InvalidValueException if the text breaks the policy or is not normalised
   */
  public static void checkNormalisedText(String field, String text) {
    TextPolicy.normalisedName(field, text);
  }

  /**
   * Requires an optional multi-line text, when present, to follow the {@link TextPolicy text
   * policy} for multi-line fields.
   *
   * @param field the field name used in the error
   * @param text the optional text
   * @throws InvalidValueException if the text is present but blank or breaks the policy
   */
  public static void checkMultiline(String field, Optional<String> text) {
    text.ifPresent(t -> TextPolicy.multiline(field, t));
  }

  /**
   * Requires an optional text, when present, to be normalised.
   *
   * @param field the field name used in the error
   * @param text the optional text
   * @throws InvalidValueException if the text is present but blank or not normalised
   */
  public static void checkNormalisedText(String field, Optional<String> text) {
    text.ifPresent(t -> checkNormalisedText(field, t));
  }

  /**
   * Requires a condition about a field's value to hold.
   *
   * @param condition the condition
   * @param field the field name used in the error
   * @param value the value checked
   * @param rule the rule in words
   * @throws InvalidValueException if the condition is false
   */
  public static void check(boolean condition, String field, Object value, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, value, rule);
    }
  }
}
