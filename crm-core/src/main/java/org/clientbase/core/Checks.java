package org.clientbase.core;


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
    String stripped = text.strip();
    int length = stripped.length();
    for (int i = 0; i < length; i++) {
      char c = stripped.charAt(i);
      if (isSpace(c) && (c != ' ' || i + 1 < length && isSpace(stripped.charAt(i + 1)))) {
        return squeezeFrom(stripped, i); // a run to collapse: most texts have none
      }
    }
    return stripped;
  }

  private static String squeezeFrom(String text, int from) {
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
    boolean inRun = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** White space as {@code \s} of {@link java.util.regex.Pattern} matches it: six ASCII characters. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
   * Requires a multi-line text to follow the {@link TextPolicy text policy} for multi-line
   * fields.
   *
   * @param field the field name used in the error
   * @param text the text
   * @throws InvalidValueException if the text is blank or breaks the policy
   */
  public static void checkMultiline(String field, String text) {
    TextPolicy.multiline(field, text);
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
