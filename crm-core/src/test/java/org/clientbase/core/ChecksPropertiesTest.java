package org.clientbase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Squeezing a text trims it and collapses every run of white space to one space, as a regular expression would. */
class ChecksPropertiesTest {
  /** Characters that strip, {@code \s} or neither treat as white space, and plain letters. */
  private static final char[] ALPHABET = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u3000',
      '\u001C', '\u0085', 'a', 'b', 'Я', '-'};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 12).map(ChecksPropertiesTest::text);
  }

  private static String text(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    picks.forEach(pick -> text.append(ALPHABET[pick]));
    return text.toString();
  }

  @Test
  void squeezeIsStripThenOneSpaceForEachRunOfWhiteSpace() {
    qt().forAll(texts()).checkAssert(text ->
        assertThat(Checks.squeeze(text)).as("%s", text.codePoints().boxed().toList())
            .isEqualTo(text.strip().replaceAll("\\s+", " ")));
  }

  @Test
  void aSqueezedTextIsReturnedAsItIs() {
    String text = "ООО Ромашка and sons";
    assertThat(Checks.squeeze(text)).isSameAs(text);
    assertThat(Checks.squeeze(" a\t\tb \n c ")).isEqualTo("a b c");
    assertThat(Checks.squeeze("a\tb")).isEqualTo("a b");
  }
}
