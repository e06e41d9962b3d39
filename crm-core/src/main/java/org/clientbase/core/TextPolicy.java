package org.clientbase.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text policy of the library: which characters each kind of text field accepts, how
 * long it may be, and how a bad value is quoted in an error.
 *
 * <p>Every value type and builder of the library checks its text through this class, so that
 * nothing a database would refuse or silently alter (a NUL, an unpaired UTF-16 surrogate) and
 * nothing that misleads a reader (a control character, a bidirectional override) gets into a
 * card. There are three kinds of text field:
 *
 * <table class="striped">
 *   <caption>Kinds of text field</caption>
 *   <thead>
 *     <tr><th>kind</th><th>examples</th><th>accepts</th><th>longest</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>id</td><td>{@code ClientId}, field keys, status ids</td>
 *         <td>printable characters only: no white space of any kind (not even inside), no
 *         control or format characters (so no bidirectional controls and no zero-width
 *         joiners), no unpaired surrogates; taken exactly as given</td>
 *         <td>{@value #ID_MAX_LENGTH}</td></tr>
 *     <tr><td>name</td><td>client and person names, titles, roles, address parts</td>
 *         <td>one line: no control characters (tabs and line breaks are white space and are
 *         squeezed to one space where a type normalises, refused where it expects normalised
 *         text), no bidirectional controls (U+061C, U+200E, U+200F, U+202A&ndash;U+202E,
 *         U+2066&ndash;U+2069), no unpaired surrogates; trimmed, single-spaced and in Unicode
 *         normalisation form NFC. Emoji, joined emoji sequences and combining marks are
 *         fine.</td>
 *         <td>{@value #NAME_MAX_LENGTH}</td></tr>
 *     <tr><td>label</td><td>tags, sources, categories</td>
 *         <td>as a name</td>
 *         <td>{@value #LABEL_MAX_LENGTH}</td></tr>
 *     <tr><td>multi-line</td><td>comments, interaction content, descriptions</td>
 *         <td>as a name, but line breaks ({@code \n}, {@code \r}) and tabs are kept, and the
 *         text is kept exactly as given (no trimming, no normalisation); it must not be
 *         blank</td>
 *         <td>{@value #MULTILINE_MAX_LENGTH}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Lengths count UTF-16 {@code char}s ({@link String#length()}), so a limit is also a bound
 * on memory. Error messages quote at most {@value #EXCERPT_LENGTH} characters of a bad value,
 * with control, format and surrogate characters shown as <code>&#92;uXXXX</code> escapes, followed by
 * the value's length: a one-megabyte value never makes a one-megabyte message (see
 * {@link #excerpt(String)}).
 *
 * <pre>{@code
 * String name = TextPolicy.name("Client.name", "  Ромашка \t ООО ");   // "Ромашка ООО"
 * TextPolicy.name("Client.name", "Ромашка&#92;u0000");    // InvalidValueException
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextPolicy {
  /** The longest id, in UTF-16 characters. */
  public static final int ID_MAX_LENGTH = 128;
  /** The longest name or other single-line text, in UTF-16 characters. */
  public static final int NAME_MAX_LENGTH = 1000;
  /** The longest label (tag, source, category), in UTF-16 characters. */
  public static final int LABEL_MAX_LENGTH = 100;
  /** The longest multi-line text (comment, content), in UTF-16 characters: one mebichar. */
  public static final int MULTILINE_MAX_LENGTH = 1 << 20;
  /** How many characters of a bad value an error message quotes at most. */
  public static final int EXCERPT_LENGTH = 64;
  // the first character that can change a text in normal form C: combine with the one before it,
  // be reordered, or be replaced
  private static final char FIRST_TO_CHECK = 0x300;

  private TextPolicy() {}

  /**
   * Checks an id: not blank, printable, no white space, at most {@value #ID_MAX_LENGTH}
   * characters.
   *
   * @param field the field name used in the error
   * @param value the id text
   * @return the id text, unchanged
   * @throws InvalidValueException if the id is missing or breaks the policy
   */
  public static String id(String field, String value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    checkLength(field, value, ID_MAX_LENGTH);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        i = checkPair(field, value, i);
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw bad(field, value, i, "must not contain white space");
      } else if (Character.getType(c) == Character.CONTROL
          || Character.getType(c) == Character.FORMAT) {
        throw bad(field, value, i, "must not contain control or format characters");
      }
    }
    return value;
  }

  /**
   * Normalises a name: checks its characters, trims it, squeezes white space to single spaces
   * and brings it to NFC.
   *
   * @param field the field name used in the error
   * @param value the name
   * @return the normalised name
   * @throws InvalidValueException if the name is missing, blank, too long or breaks the policy
   */
  public static String name(String field, String value) {
    return single(field, value, NAME_MAX_LENGTH);
  }

  /**
   * Normalises a label (tag, source, category) as a name, with the labels' shorter limit.
   *
   * @param field the field name used in the error
   * @param value the label
   * @return the normalised label
   * @throws InvalidValueException if the label is missing, blank, too long or breaks the policy
   */
  public static String label(String field, String value) {
    return single(field, value, LABEL_MAX_LENGTH);
  }

  /**
   * Requires a name to be normalised already: what {@link #name(String, String)} would return.
   *
   * @param field the field name used in the error
   * @param value the name
   * @return the name, unchanged
   * @throws InvalidValueException if the name breaks the policy or is not normalised
   */
  public static String normalisedName(String field, String value) {
    String normalised = name(field, value);
    if (!normalised.equals(value)) {
      throw new InvalidValueException(
          field, value, "must be trimmed and single-spaced, in Unicode NFC, like \""
              + excerpt(normalised) + "\"");
    }
    return value;
  }

  /**
   * Checks a multi-line text: not blank, at most {@value #MULTILINE_MAX_LENGTH} characters, no
   * control characters other than tabs and line breaks, no bidirectional controls and no
   * unpaired surrogates. The text is kept exactly as given.
   *
   * @param field the field name used in the error
   * @param value the text
   * @return the text, unchanged
   * @throws InvalidValueException if the text is missing, blank, too long or breaks the policy
   */
  public static String multiline(String field, String value) {
    if (value == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    checkLength(field, value, MULTILINE_MAX_LENGTH);
    checkCharacters(field, value, true);
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Quotes a value for an error message: at most {@value #EXCERPT_LENGTH} characters, control,
   * format and surrogate characters as <code>&#92;uXXXX</code>, and, when the value is longer, an
   * ellipsis and its length.
   *
   * @param value the value, not {@code null}
   * @return the excerpt, e.g. <code>c&#92;u000a1</code> or {@code 7777777…(1048576 characters)}
   */
  public static String excerpt(String value) {
    int end = Math.min(value.length(), EXCERPT_LENGTH);
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
        && Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 32);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      int type = Character.getType(c);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < end
          && Character.isLowSurrogate(value.charAt(i + 1));
      if (paired) {
        out.append(c).append(value.charAt(++i));
      } else if (type == Character.CONTROL || type == Character.FORMAT
          || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (end < value.length()) {
      out.append("…(").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  private static String single(String field, String value, int maxLength) {
    if (value == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    // the check before normalising bounds the work; the one after bounds the result
    checkLength(field, value, 4 * maxLength);
    checkCharacters(field, value, false);
    String text = Checks.squeeze(value);
    if (text.isEmpty()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    if (!isNfc(text)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    checkLength(field, text, maxLength);
    return text;
  }

  /**
   * Tells whether a text is in Unicode normal form C. A text of characters below U+0300 always
   * is: each of them is its own normal form C, and none combines with the character before it
   * or moves in reordering, so only a text with a later character is asked of {@link Normalizer}.
   */
  static boolean isNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= FIRST_TO_CHECK) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  private static void checkLength(String field, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new InvalidValueException(
          field, value, "must be at most " + maxLength + " characters");
    }
  }

  private static void checkCharacters(String field, String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        i = checkPair(field, value, i);
      } else if (isBidiControl(c)) {
        throw bad(field, value, i, "must not contain bidirectional control characters");
      } else if (Character.getType(c) == Character.CONTROL && !allowedControl(c, multiline)) {
        throw bad(field, value, i, "must not contain control characters");
      }
    }
  }

  /** Tabs and line breaks are kept in multi-line text and squeezed away in single-line text. */
  private static boolean allowedControl(char c, boolean multiline) {
    return c == '\t' || c == '\n' || c == '\r' || !multiline && (c == '\u000B' || c == '\f');
  }

  private static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  private static int checkPair(String field, String value, int i) {
    if (Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      return i + 1;
    }
    throw bad(field, value, i, "must not contain unpaired UTF-16 surrogates");
  }

  private static InvalidValueException bad(String field, String value, int index, String rule) {
    return new InvalidValueException(field, value,
        rule + String.format(Locale.ROOT, " (U+%04X at index %d)", (int) value.charAt(index), index));
  }
}
