package org.clientbase.core;

import java.util.Optional;

/**
 * Argument checks shared by the domain types, each failing with an
 * {@link InvalidValueException} that names the field.
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
   * Requires a text that is not blank and returns it trimmed and single-spaced.
   *
   * @param field the field name used in the error
   * @param text the text
   * @return the normalised text
   * @throws InvalidValueException if the text is {@code null} or blank
   */
  public static String requireText(String field, String text) {
    if (text == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    if (text.isBlank()) {
      throw new InvalidValueException(field, text, "must not be blank");
    }
    return squeeze(text);
  }

  /**
   * Requires a text to be already normalised: not blank, trimmed and single-spaced.
   *
   * @param field the field name used in the error
   * @param text the text
   * @throws InvalidValueException if the text is blank or not normalised
   */
  public static void checkNormalisedText(String field, String text) {
    String normalised = requireText(field, text);
    if (!normalised.equals(text)) {
      throw new InvalidValueException(
          field, text, "must be trimmed and single-spaced (\"" + normalised + "\")");
    }
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
