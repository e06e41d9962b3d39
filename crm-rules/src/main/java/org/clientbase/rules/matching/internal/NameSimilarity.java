package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.clientbase.rules.matching.MatchMethod;

/**
 * The similarity of person names: a name is as similar as its least similar part (last, first,
 * and patronymic when both have one), read in the written order, with the last and first names
 * swapped, or first name written first, whichever is best; initials and first-name equivalents
 * count as in {@link MatchMethod}.
 */
final class NameSimilarity {
  private NameSimilarity() {}


  /**
   * The ways a name may have been written, as the indexes of its last name, first name and
   * patronymic among its parts (-1 for none): as parsed; with the last and first names swapped
   * ("Sergey Ivanov"); and first name, patronymic, last name ("Sergey Petrovich Ivanov"), only
   * when the middle part looks like a patronymic.
   */
  private static List<int[]> readings(Profile.Name name) {
    int parts = name.parts().size();
    int patronymic = parts == 3 ? 2 : -1;
    List<int[]> readings = new ArrayList<>(3);
    readings.add(new int[] {0, 1, patronymic});
    readings.add(new int[] {1, 0, patronymic});
    if (parts == 3 && looksLikePatronymic(name.parts().get(1))) {
      readings.add(new int[] {2, 0, 1});
    }
    return readings;
  }

  private static final String[] READING_NAMES = {"as written", "last and first names swapped", "first name written first"};

  private static final List<String> PATRONYMIC_ENDINGS = List.of("vich", "vna", "ichna", "ich", "ogli", "kizi");

  /** Russian and Turkic patronymics by their endings, tolerating a slip in the last letters. */
  private static boolean looksLikePatronymic(String part) {
    for (String ending : PATRONYMIC_ENDINGS) {
      if (part.endsWith(ending)) {
        return true;
      }
    }
    return part.length() >= 7 && (part.endsWith("na") || part.endsWith("ch"));
  }

  /** The best-matching pair of names of two cards. */
  static Compared best(List<Profile.Name> left, List<Profile.Name> right, MatchMethod method) {
    Compared best = null;
    for (Profile.Name x : left) {
      for (Profile.Name y : right) {
        Compared b = name(x, y, method);
        if (best == null || b.similarity() > best.similarity()) {
          best = b;
          if (b.similarity() == 1) {
            return best;
          }
        }
      }
    }
    return best;
  }

  private static Compared name(Profile.Name x, Profile.Name y, MatchMethod method) {
    if (method == MatchMethod.EXACT) {
      return new Compared(x.raw().equals(y.raw()) ? 1 : 0, x.raw(), y.raw(), x.raw(), y.raw(), "", null, null);
    }
    List<String> xp = x.partsFor(y);
    List<String> yp = y.partsFor(x);
    if (method == MatchMethod.TOKEN_SET) {
      return new Compared(Similarity.tokenSet(words(xp), words(yp)), x.raw(), y.raw(), x.comparedWith(y),
          y.comparedWith(x), "", null, null);
    }
    List<int[]> xs = readings(x);
    List<int[]> ys = readings(y);
    double best = -1;
    String how = READING_NAMES[0];
    for (int i = 0; i < xs.size(); i++) {
      for (int j = 0; j < ys.size(); j++) {
        if (i == j && i > 0) {
          continue; // reading both names the same other way compares the same parts as written
        }
        int[] a = xs.get(i);
        int[] b = ys.get(j);
        double min = 1;
        int compared = 0;
        for (int role = 0; role < 3 && min > best; role++) {
          if (a[role] >= 0 && b[role] >= 0 && !xp.get(a[role]).isEmpty() && !yp.get(b[role]).isEmpty()) {
            compared++;
            min = Math.min(min, part(x, xp, a[role], y, yp, b[role], method));
          }
        }
        if (compared == 0) {
          min = 0;
        }
        if (min > best) {
          best = min;
          how = READING_NAMES[Math.max(i, j)];
        }
      }
    }
    return new Compared(best, x.raw(), y.raw(), x.comparedWith(y), y.comparedWith(x), how, null, null);
  }

  private static List<String> words(List<String> parts) {
    List<String> words = new ArrayList<>();
    for (String part : parts) {
      for (String word : part.split(" ")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static double part(
      Profile.Name x, List<String> xp, int i, Profile.Name y, List<String> yp, int j, MatchMethod method) {
    String p = xp.get(i);
    String q = yp.get(j);
    boolean pInitial = x.initials().get(i);
    boolean qInitial = y.initials().get(j);
    if (pInitial || qInitial) {
      if (pInitial && qInitial) {
        return p.equals(q) ? 1 : 0;
      }
      if (method == MatchMethod.NORMALISED_EXACT) {
        return 0;
      }
      return startsWithInitials(pInitial ? q : p, pInitial ? p : q) ? MatchMethod.INITIAL_SIMILARITY : 0;
    }
    if (p.equals(q)) {
      return 1;
    }
    if (i == 1 && j == 1 && x.firstNameGroup() >= 0 && x.firstNameGroup() == y.firstNameGroup()) {
      return 1;
    }
    return switch (method) {
      case NORMALISED_EXACT -> 0;
      case DAMERAU_LEVENSHTEIN -> Similarity.damerauLevenshtein(p, q);
      default -> Similarity.jaroWinkler(p, q);
    };
  }

  /** Whether each word of the initials starts the matching word of the full part. */
  private static boolean startsWithInitials(String full, String initials) {
    String[] words = full.split(" ");
    String[] letters = initials.split(" ");
    if (letters.length > words.length || letters.length == 0) {
      return false;
    }
    for (int k = 0; k < letters.length; k++) {
      if (letters[k].isEmpty() || !words[k].startsWith(letters[k])) {
        return false;
      }
    }
    return true;
  }
}
