package org.clientbase.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Person records in the style of FEBRL's generator, of any number: every field of an original
 * record is drawn on its own from the values of FEBRL dataset2's original records (so names,
 * streets and suburbs are as common as there), the date of birth and social security number at
 * random; a fifth of the originals get one to three duplicates, each with one to three
 * modifications of the kinds FEBRL makes: a typo (a letter inserted, dropped, changed, or two
 * swapped), a value left out, given name and surname swapped, day and month of birth swapped.
 * Rows are FEBRL's columns; ids are {@code rec-N-org} and {@code rec-N-dup-K}.
 */
final class FebrlLikeRecords {
  private FebrlLikeRecords() {}

  private static final int COLUMNS = 11;
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /**
   * Generates rows.
   *
   * @param count how many rows, originals and duplicates
   * @param seed the seed
   * @return the rows, shuffled
   */
  static List<String[]> generate(int count, long seed) {
    List<List<String>> pools = pools();
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> rows = new ArrayList<>(count);
    int person = 0;
    while (rows.size() < count) {
      String[] original = new String[COLUMNS];
      original[0] = "rec-" + person + "-org";
      for (int c = 1; c < COLUMNS; c++) {
        List<String> pool = pools.get(c);
        original[c] = pool.get(random.nextInt(pool.size()));
      }
      original[9] = String.format(Locale.ROOT, "%04d%02d%02d", 1910 + random.nextInt(95), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      original[10] = String.valueOf(1_000_000 + random.nextInt(9_000_000));
      rows.add(original);
      if (random.nextInt(5) == 0) {
        int duplicates = 1 + random.nextInt(3);
        for (int d = 0; d < duplicates && rows.size() < count; d++) {
          String[] dup = original.clone();
          dup[0] = "rec-" + person + "-dup-" + d;
          int changes = 1 + random.nextInt(3);
          for (int k = 0; k < changes; k++) {
            modify(dup, random);
          }
          rows.add(dup);
        }
      }
      person++;
    }
    for (int i = rows.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String[] t = rows.get(i);
      rows.set(i, rows.get(j));
      rows.set(j, t);
    }
    return rows;
  }

  private static void modify(String[] row, SplittableRandom random) {
    int kind = random.nextInt(10);
    int column = 1 + random.nextInt(COLUMNS - 1);
    if (kind < 6) {
      row[column] = typo(row[column], random);
    } else if (kind < 8) {
      row[column] = "";
    } else if (kind == 8) {
      String given = row[1];
      row[1] = row[2];
      row[2] = given;
    } else if (row[9].length() == 8 && Integer.parseInt(row[9].substring(6)) <= 12) {
      row[9] = row[9].substring(0, 4) + row[9].substring(6) + row[9].substring(4, 6);
    } else {
      row[9] = typo(row[9], random);
    }
  }

  private static String typo(String value, SplittableRandom random) {
    if (value.length() < 2) {
      return value;
    }
    boolean digits = value.chars().allMatch(Character::isDigit);
    char any = digits ? (char) ('0' + random.nextInt(10)) : LETTERS.charAt(random.nextInt(LETTERS.length()));
    int at = random.nextInt(value.length() - 1);
    StringBuilder b = new StringBuilder(value);
    switch (random.nextInt(digits ? 2 : 4)) {
      case 0 -> b.setCharAt(at, any);
      case 1 -> {
        b.setCharAt(at, value.charAt(at + 1));
        b.setCharAt(at + 1, value.charAt(at));
      }
      case 2 -> b.insert(at, any);
      default -> b.deleteCharAt(at);
    }
    return b.toString();
  }

  /** The values of each column among dataset2's original records, as often as they occur. */
  private static List<List<String>> pools() {
    List<List<String>> pools = new ArrayList<>();
    for (int c = 0; c < COLUMNS; c++) {
      pools.add(new ArrayList<>());
    }
    InputStream in = FebrlLikeRecords.class.getResourceAsStream("/febrl/dataset2.csv");
    if (in == null) {
      throw new IllegalStateException("no FEBRL dataset2 on the class path");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] v = line.split(",", -1);
        if (!v[0].strip().endsWith("-org")) {
          continue;
        }
        for (int c = 1; c < COLUMNS; c++) {
          pools.get(c).add(v[c].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pools;
  }

  /**
   * The true duplicate pairs of generated rows, each as the two ids joined by a space, smaller
   * first.
   *
   * @param rows the rows
   * @return the pairs
   */
  static Set<String> truth(List<String[]> rows) {
    java.util.Map<String, List<String>> byPerson = new java.util.HashMap<>();
    for (String[] row : rows) {
      byPerson.computeIfAbsent(row[0].split("-")[1], k -> new ArrayList<>()).add(row[0]);
    }
    Set<String> truth = new HashSet<>();
    for (List<String> ids : byPerson.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          truth.add(FebrlData.pair(ids.get(i), ids.get(j)));
        }
      }
    }
    return truth;
  }
}
