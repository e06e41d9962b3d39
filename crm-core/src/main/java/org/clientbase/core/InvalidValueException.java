package org.clientbase.core;

import java.util.Objects;

/**
 * A value given to a factory or builder breaks a rule of the domain.
 *
 * <p>The exception names the field, the rejected value and the rule, so that a host can show
 * the message to a user as it is, or build its own from {@link #field()}, {@link #value()} and
 * {@link #rule()}. Example message: {@code INN 7707083894: check digit 4 expected 3}.
 *
 * <p>The message stays short whatever the value: it quotes at most
 * {@value TextPolicy#EXCERPT_LENGTH} characters of the value, then its length
 * ({@link TextPolicy#excerpt(String)}), and bounds the field name and the rule likewise.
 */
public class InvalidValueException extends ClientbaseException {
  private static final long serialVersionUID = 1L;

  /** The name of the field whose value was rejected. */
  private final String field;
  /** The rejected value as text, or {@code null} when it was missing. */
  private final String value;
  /** The rule the value breaks. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the name of the field, e.g. {@code "INN"} or {@code "Client.name"}
   * @param value the rejected value as given (may be {@code null} when the value was missing)
   * @param rule what the value must satisfy, or what is wrong with it
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(bounded(field, MAX_FIELD_LENGTH) + " " + describe(value) + ": "
        + bounded(rule, MAX_RULE_LENGTH));
    this.field = Objects.requireNonNull(field, "field");
    this.value = value == null ? null : String.valueOf(value);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static final int MAX_FIELD_LENGTH = 200;
  private static final int MAX_RULE_LENGTH = 400;

  private static String describe(Object value) {
    if (value == null) {
      return "<missing>";
    }
    String text = String.valueOf(value);
    return text.isEmpty() ? "\"\"" : TextPolicy.excerpt(text);
  }

  private static String bounded(String text, int maxLength) {
    Objects.requireNonNull(text);
    return text.length() <= maxLength
        ? text : text.substring(0, maxLength) + "…(" + text.length() + " characters)";
  }

  /**
   * Returns the name of the field whose value was rejected.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rejected value as text, or {@code null} if the value was missing.
   *
   * @return the rejected value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the rule the value breaks.
   *
   * @return the rule, in words
   */
  public String rule() {
    return rule;
  }
}
