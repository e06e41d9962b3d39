package org.clientbase.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.lead.Lead;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SeededSourceTest {

  private static <T> List<T> draws(long seed, Gen<T> gen, int count) {
    SeededSource random = SeededSource.of(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(random.draw(gen));
    }
    return values;
  }

  @Test
  void theSameSeedGivesTheSameData() {
    assertThat(draws(42, CardGenerators.unconvertedLeads(), 50))
        .isEqualTo(draws(42, CardGenerators.unconvertedLeads(), 50));
    List<Lead> other = draws(43, CardGenerators.unconvertedLeads(), 50);
    assertThat(other).isNotEqualTo(draws(42, CardGenerators.unconvertedLeads(), 50));
  }

  @Test
  void theSequenceIsSplitMix64() {
    SeededSource random = SeededSource.of(0);
    assertThat(random.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(random.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
  }

  @Test
  void drawsStayWithinTheBoundsOfTheGenerator() {
    assertThat(draws(1, Generate.range(-3, 3), 500)).allMatch(v -> v >= -3 && v <= 3).contains(-3, 3);
    assertThat(draws(2, Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE), 50)).doesNotHaveDuplicates();
  }

  @Test
  void belowStaysUnderItsBound() {
    SeededSource random = SeededSource.of(3);
    assertThat(IntStream.range(0, 500).map(i -> random.below(7))).allMatch(v -> v >= 0 && v < 7).contains(0, 6);
    assertThat(random.below(1)).isZero();
  }

  @Test
  void belowRejectsABoundUnderOne() {
    assertThatThrownBy(() -> SeededSource.of(3).below(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("SeededSource bound")
        .hasMessageContaining("must be at least 1");
  }

  @Test
  void aChanceComesUpAboutAsOftenAsItSays() {
    SeededSource random = SeededSource.of(4);
    assertThat(IntStream.range(0, 10_000).filter(i -> random.chance(25)).count()).isBetween(2_300L, 2_700L);
    assertThat(IntStream.range(0, 1_000).filter(i -> random.chance(0)).count()).isZero();
    assertThat(IntStream.range(0, 1_000).filter(i -> random.chance(100)).count()).isEqualTo(1_000L);
  }
}
