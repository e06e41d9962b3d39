package org.clientbase.examples.cli;

import java.util.Locale;

/**
 * Bounded, one-line quotations of input text for the command's messages: a value is quoted with
 * at most {@value #MAX_QUOTED} characters, followed by its full length when longer, and control
 * characters are shown escaped, so that a 5 MB line or a binary file never floods the console.
 */
final class Excerpt {
  /** The most characters of a value that a message quotes. */
  static final int MAX_QUOTED = 64;
  /** The most characters of one message line. */
  static final int MAX_LINE = 480;

  private Excerpt() {}

  /**
   * Returns a value in double quotes, cut after {@value #MAX_QUOTED} characters (then followed by
   * its length), with control characters escaped.
   *
   * @param value the value
   * @return the quotation
   */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    return '"' + cut(value, MAX_QUOTED) + '"'
        + (value.length() > MAX_QUOTED ? " (" + value.length() + " characters)" : "");
  }

  /**
   * Returns a message as one line of at most about {@value #MAX_LINE} characters: line breaks
   * and other control characters escaped, the rest cut with its length said.
   *
   * @param message the message
   * @return the line
   */
  static String line(String message) {
    if (message.length() <= MAX_LINE && printable(message)) {
      return message;
    }
    return cut(message, MAX_LINE)
        + (message.length() > MAX_LINE ? " ... (" + message.length() + " characters)" : "");
  }

  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String cut(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
    int taken = 0;
    for (int i = 0; i < value.length() && taken < max; i++, taken++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        if (taken + 1 >= max) {
          break;
        }
        out.append(c).append(value.charAt(++i));
        taken++;
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (needsEscape(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
