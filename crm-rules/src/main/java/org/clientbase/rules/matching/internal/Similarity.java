package org.clientbase.rules.matching.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The string similarities the matching methods use, each from 0 (nothing alike) to 1 (equal). */
public final class Similarity {
  private Similarity() {}

  /** The largest common prefix Jaro-Winkler rewards. */
  private static final int MAX_PREFIX = 4;
  /** The Winkler prefix scale. */
  private static final double PREFIX_SCALE = 0.1;

  /**
   * Returns the Jaro-Winkler similarity: the Jaro similarity raised by a common prefix of up to
   * four characters, as Winkler proposed for names.
   *
   * @param a a text
   * @param b another text
   * @return the similarity; 1 for equal texts, 0 if either is empty and the other is not
   */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    double jaro = jaro(a, b);
    int prefix = 0;
    int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }

  /**
   * Returns the Jaro similarity.
   *
   * @param a a text
   * @param b another text
   * @return the similarity
   */
  static double jaro(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1 : 0;
    }
    if (la > 64 || lb > 64) {
      return jaroLong(a, b);
    }
    // which characters matched, as bits: no allocation for the short texts names and words are
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      char c = a.charAt(i);
      for (int j = from; j <= to; j++) {
        if ((matchedB & (1L << j)) == 0 && c == b.charAt(j)) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    return jaro(matches, transpositions, la, lb);
  }

  private static double jaro(int matches, int transpositions, int la, int lb) {
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
  }

  /** The Jaro similarity of texts longer than 64 characters. */
  private static double jaroLong(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    return jaro(matches, transpositions, la, lb);
  }

  /**
   * Returns the Damerau-Levenshtein distance in its optimal-string-alignment form: the fewest
   * insertions, deletions, substitutions and transpositions of adjacent characters that turn one
   * text into the other, no substring edited twice.
   *
   * @param a a text
   * @param b another text
   * @return the distance
   */
  public static int damerauLevenshteinDistance(String a, String b) {
    return damerauLevenshteinDistance(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * Returns the Damerau-Levenshtein distance if it is at most a limit, otherwise {@code limit +
   * 1}, stopping as soon as two rows of the table are all above the limit (no later cell can be
   * smaller than the smallest of the two rows before it, or that of the row before it plus one).
   */
  private static int damerauLevenshteinDistance(String a, String b, int limit) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > limit) {
      return limit + 1;
    }
    // three rows of the table, kept per thread: row i-2, i-1 and i
    int[] rows = lb < 64 ? SCRATCH.get() : new int[3 * (lb + 1)];
    int w = lb + 1;
    int previous2 = 0;
    int previous = w;
    int current = 2 * w;
    for (int j = 0; j <= lb; j++) {
      rows[current + j] = j;
    }
    int previousMin = 0;
    for (int i = 1; i <= la; i++) {
      int t = previous2;
      previous2 = previous;
      previous = current;
      current = t;
      rows[current] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, rows[previous2 + j - 2] + 1);
        }
        rows[current + j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin > limit && previousMin > limit) {
        return limit + 1;
      }
      previousMin = rowMin;
    }
    return Math.min(rows[current + lb], limit + 1);
  }

  /**
   * Returns the Damerau-Levenshtein similarity when it is at least a bound, and otherwise some
   * similarity below the bound, found faster: for deciding by bands, where how far below the
   * bound a similarity lies does not matter.
   *
   * @param a a text
   * @param b another text
   * @param atLeast the bound, from 0 to 1
   * @return the similarity if it is at least {@code atLeast}, otherwise a value below it
   */
  public static double damerauLevenshtein(String a, String b, double atLeast) {
    if (a.equals(b)) {
      return 1;
    }
    int longer = Math.max(a.length(), b.length());
    int limit = 0;
    while (limit < longer && 1 - (double) (limit + 1) / longer >= atLeast) {
      limit++;
    }
    int distance = damerauLevenshteinDistance(a, b, limit);
    return 1 - (double) distance / longer;
  }

  /** Room for three rows of texts under 64 characters, one per thread. */
  private static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[3 * 64]);

  /**
   * Returns the Damerau-Levenshtein similarity: one minus the distance over the longer length.
   *
   * @param a a text
   * @param b another text
   * @return the similarity; 1 for equal texts
   */
  public static double damerauLevenshtein(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int longer = Math.max(a.length(), b.length());
    return 1 - (double) damerauLevenshteinDistance(a, b) / longer;
  }

  /**
   * Returns the token-set similarity: the share of distinct tokens the two have in common
   * (Jaccard), so that word order and repeated words do not matter.
   *
   * @param a the tokens of a text
   * @param b the tokens of another text
   * @return the similarity; 1 for the same set, 0 if nothing is shared or either is empty
   */
  public static double tokenSet(Collection<String> a, Collection<String> b) {
    Set<String> left = new HashSet<>(a);
    Set<String> right = new HashSet<>(b);
    if (left.isEmpty() || right.isEmpty()) {
      return left.equals(right) ? 1 : 0;
    }
    int common = 0;
    for (String token : left) {
      if (right.contains(token)) {
        common++;
      }
    }
    return (double) common / (left.size() + right.size() - common);
  }
}
