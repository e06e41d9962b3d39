package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link PgCopy#escape} writes exactly COPY's text format, whatever the value and whatever the
 * text already in the buffer: every character as it is but the four COPY gives a meaning to.
 */
class PgCopyEscapePropertiesTest {
  // the characters COPY escapes, their neighbours, a non-Latin-1 letter and half a surrogate pair
  private static final char[] ALPHABET = {'\\', '\n', '\r', '\t', 'a', ' ', '[', ']', '\u0000', '\u00e9', 'Ж',
      '\ud83d', '\ude00', 'N'};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 24).map(picks -> {
      StringBuilder text = new StringBuilder();
      picks.forEach(i -> text.append(ALPHABET[i]));
      return text.toString();
    });
  }

  /** COPY's text format, one character at a time. */
  private static String expected(String value) {
    if (value == null) {
      return "\\N";
    }
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void escapesTheFourCharactersOfCopyAndCopiesEveryOtherAfterWhatTheBufferHolds() {
    qt().forAll(texts(), texts()).checkAssert((before, value) -> {
      StringBuilder out = new StringBuilder(before);
      PgCopy.escape(out, value);
      assertThat(out.toString()).isEqualTo(before + expected(value));
    });
  }

  @Test
  void writesNullAsBackslashN() {
    for (String before : List.of("", "x\t", "Ж")) {
      StringBuilder out = new StringBuilder(before);
      PgCopy.escape(out, null);
      assertThat(out.toString()).isEqualTo(before + "\\N");
    }
  }
}
