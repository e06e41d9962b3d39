package org.clientbase.rules.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void jaroWinklerGivesTheTextbookValues() {
    assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, within(0.001));
    assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.840, within(0.001));
    assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
    assertThat(Similarity.jaroWinkler("abc", "abc")).isEqualTo(1.0);
    assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
  }

  @Test
  void damerauLevenshteinCountsATranspositionAsOneEdit() {
    assertThat(Similarity.damerauLevenshteinDistance("ivanov", "ivnaov")).isEqualTo(1);
    assertThat(Similarity.damerauLevenshteinDistance("ivanov", "ivanova")).isEqualTo(1);
    assertThat(Similarity.damerauLevenshteinDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(Similarity.damerauLevenshtein("ivanov", "ivnaov")).isCloseTo(5.0 / 6, within(1e-9));
  }

  @Test
  void tokenSetIgnoresOrderAndRepeats() {
    assertThat(Similarity.tokenSet(List.of("severni", "veter"), List.of("veter", "severni", "veter"))).isEqualTo(1.0);
    assertThat(Similarity.tokenSet(List.of("romashka"), List.of("romashka", "plius"))).isEqualTo(0.5);
    assertThat(Similarity.tokenSet(List.of(), List.of("a"))).isZero();
  }

  @Test
  void foldingIsStableUnderASecondFold() {
    for (String word : List.of("shchukin", "tsoy", "yolkin", "khabibullin", "maksimilian", "xenia")) {
      String once = Skeleton.of(word);
      assertThat(Skeleton.of(once)).as(word).isEqualTo(once);
    }
  }

  @Test
  void boundedDamerauLevenshteinIsExactFromItsBoundAndBelowItOtherwise() {
    qt().withExamples(2000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(SimilarityTest::small),
        strings().basicLatinAlphabet().ofLengthBetween(0, 12).map(SimilarityTest::small),
        integers().between(0, 100)).checkAssert((a, b, bound) -> {
          double exact = Similarity.damerauLevenshtein(a, b);
          double bounded = Similarity.damerauLevenshtein(a, b, bound / 100.0);
          if (exact >= bound / 100.0) {
            assertThat(bounded).as(a + " ~ " + b).isEqualTo(exact);
          } else {
            assertThat(bounded).as(a + " ~ " + b).isLessThan(bound / 100.0);
          }
        });
  }

  /** Texts from a small alphabet, so that pairs are often alike. */
  private static String small(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append((char) ('a' + c % 4));
    }
    return b.toString();
  }
}
