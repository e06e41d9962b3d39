package org.clientbase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy's test for normal form C answers as {@link Normalizer} does, though it asks it only
 * about texts with a character from U+0300 on.
 */
class TextPolicyNfcTest {

  @Test
  void everyTextOfOneOrTwoCharactersBelowU0300IsInNormalFormC() {
    for (char first = 0; first < 0x300; first++) {
      assertThat(Normalizer.isNormalized(String.valueOf(first), Normalizer.Form.NFC)).as("U+%04X", (int) first)
          .isTrue();
      for (char second = 0; second < 0x300; second++) {
        String pair = new String(new char[] {first, second});
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not in NFC", (int) first, (int) second));
        }
      }
    }
  }

  @Test
  void answersAsTheNormalizerForTextsWithLaterCharacters() {
    for (String text : List.of("e\u0301", "\u00e9", "Й", "И\u0306", "a\u0308\u0323", "\u1100\u1161", "\uac00",
        "Ромашка", "\u212b", "x\u0300")) {
      assertThat(TextPolicy.isNfc(text)).as(text).isEqualTo(Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }
    char[] alphabet = {'a', 'e', 'A', ' ', '\u00e9', '\u0301', '\u0306', 'И', 'Й', '\u1100', '\u1161', '\u212b',
        '\u0345', '\u00b4', '\ud83d', '\ude00'};
    qt().forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(1, 12)).checkAssert(picks -> {
      StringBuilder text = new StringBuilder();
      picks.forEach(i -> text.append(alphabet[i]));
      assertThat(TextPolicy.isNfc(text.toString())).as(text.toString())
          .isEqualTo(Normalizer.isNormalized(text, Normalizer.Form.NFC));
    });
  }
}
