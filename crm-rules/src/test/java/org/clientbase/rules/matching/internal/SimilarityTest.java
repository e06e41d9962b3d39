package org.clientbase.rules.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
