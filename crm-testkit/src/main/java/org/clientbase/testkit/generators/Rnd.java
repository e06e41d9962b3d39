package org.clientbase.testkit.generators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws from QuickTheories' randomness source. Every choice the generators make goes through
 * here, so that a run is fully determined by QuickTheories' seed and shrinks towards the first
 * item of each list and the smallest number of each range.
 */
final class Rnd {
  private Rnd() {}

  /** A whole number from {@code min} to {@code max}, both included; shrinks towards min. */
  static int between(RandomnessSource in, int min, int max) {
    if (min == max) {
      return min;
    }
    return Generate.range(min, max, min).generate(in);
  }

  /** A long from {@code min} to {@code max}, both included; shrinks towards min. */
  static long longBetween(RandomnessSource in, long min, long max) {
    if (min == max) {
      return min;
    }
    return Generate.longRange(min, max, min).generate(in);
  }

  /** True with the given chance in percent. Shrinks towards true for 0 < percent. */
  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  /** One item of a list; shrinks towards the first. */
  static <T> T pick(RandomnessSource in, List<T> items) {
    return items.get(between(in, 0, items.size() - 1));
  }

  /** One item of the arguments; shrinks towards the first. */
  @SafeVarargs
  static <T> T oneOf(RandomnessSource in, T... items) {
    return items[between(in, 0, items.length - 1)];
  }

  /** A text of {@code count} decimal digits. */
  static String digits(RandomnessSource in, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append((char) ('0' + between(in, 0, 9)));
    }
    return text.toString();
  }

  /** A number written with exactly {@code width} digits, leading zeros kept. */
  static String padded(int number, int width) {
    String text = Integer.toString(number);
    return "0".repeat(Math.max(0, width - text.length())) + text;
  }

  /** A value of the generator with the given chance in percent, otherwise empty. */
  static <T> Optional<T> maybe(RandomnessSource in, int percent, Gen<T> gen) {
    return chance(in, percent) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** Between {@code min} and {@code max} values of the generator, in drawing order. */
  static <T> List<T> listOf(RandomnessSource in, Gen<T> gen, int min, int max) {
    int size = between(in, min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(gen.generate(in));
    }
    return list;
  }

  /**
   * Between {@code min} and {@code max} values of the generator without repeats (by
   * {@code equals}); repeats drawn are dropped, so the list may be shorter than {@code min}
   * only if the generator keeps repeating itself.
   */
  static <T> List<T> distinctListOf(RandomnessSource in, Gen<T> gen, int min, int max) {
    int size = between(in, min, max);
    Set<T> set = new LinkedHashSet<>();
    for (int attempt = 0; set.size() < size && attempt < size * 4 + 4; attempt++) {
      set.add(gen.generate(in));
    }
    return new ArrayList<>(set);
  }

  /** Between {@code min} and {@code max} distinct items of a list, in the list's order. */
  static <T> List<T> subset(RandomnessSource in, List<T> items, int min, int max) {
    int size = between(in, Math.min(min, items.size()), Math.min(max, items.size()));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      positions.add(i);
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      chosen.add(positions.remove(between(in, 0, positions.size() - 1)));
    }
    chosen.sort(null);
    List<T> result = new ArrayList<>(size);
    for (int position : chosen) {
      result.add(items.get(position));
    }
    return result;
  }
}
