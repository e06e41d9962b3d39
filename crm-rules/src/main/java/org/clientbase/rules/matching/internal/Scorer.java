package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.matching.BlankPolicy;
import org.clientbase.rules.matching.FieldEvidence;
import org.clientbase.rules.matching.FieldEvidence.Outcome;
import org.clientbase.rules.matching.FieldRule;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchField;
import org.clientbase.rules.matching.MatchMethod;
import org.clientbase.rules.matching.MatchRules;
import org.clientbase.rules.matching.PhoneNormaliser;

/**
 * Scores pairs of {@link Profile profiles} by one set of {@link MatchRules}. Stateless and safe
 * to share between threads.
 *
 * <p>{@link #scoreIfDuplicate} evaluates the cheap fields first and stops as soon as the score
 * can no longer reach the threshold (what is summed so far plus the weights of the fields not
 * yet evaluated is below it): an agreement adds at most the field's weight and a disagreement
 * only takes away, so stopping never loses a duplicate, and the score of a pair it does not stop
 * is the same as {@link #score}'s.
 */
public final class Scorer {
  private final MatchRules rules;
  private final List<FieldRule> byCost;
  private final List<FieldRule> inOrder;
  private final long[] weights;
  private final long[] penalties;
  private final long[] remainingAfter;
  private final long threshold;

  /**
   * Creates a scorer.
   *
   * @param rules the rules
   */
  public Scorer(MatchRules rules) {
    this.rules = rules;
    this.inOrder = rules.fieldRules();
    List<FieldRule> sorted = new ArrayList<>(inOrder);
    sorted.sort(Comparator.comparingInt(r -> cost(r.field())));
    this.byCost = List.copyOf(sorted);
    int n = byCost.size();
    this.weights = new long[n];
    this.penalties = new long[n];
    this.remainingAfter = new long[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Units.of(byCost.get(i).weight());
      penalties[i] = Units.of(byCost.get(i).penalty());
    }
    long rest = 0;
    for (int i = n - 1; i >= 0; i--) {
      remainingAfter[i] = rest;
      rest += weights[i];
    }
    this.threshold = Units.of(rules.threshold());
  }

  /**
   * Returns the rules.
   *
   * @return the rules
   */
  public MatchRules rules() {
    return rules;
  }

  private static int cost(MatchField field) {
    return switch (field) {
      case TAX_ID, POSTCODE, HOUSE, FLAT -> 0;
      case PHONE -> 1;
      case EMAIL -> 2;
      case BIRTHDAY -> 3;
      case ORGANISATION_NAME, LOCALITY -> 4;
      case ADDRESS, STREET -> 5;
      case PERSON_NAME, FIRST_NAME, LAST_NAME -> 6;
    };
  }

  /**
   * Scores a pair, evaluating every field.
   *
   * @param a the first card
   * @param b the second card
   * @return the match, with the evidence of every field
   */
  public Match score(Profile a, Profile b) {
    return evaluate(a, b, false);
  }

  /**
   * Scores a pair if it can be a duplicate.
   *
   * @param a the first card
   * @param b the second card
   * @return the match if its score reaches the threshold, otherwise {@code null}
   */
  public Match scoreIfDuplicate(Profile a, Profile b) {
    if (upperBound(a, b) < threshold) {
      return null;
    }
    Match match = evaluate(a, b, true);
    return match != null && match.isDuplicate() ? match : null;
  }

  /**
   * A bound the score cannot exceed, found without allocating: the weights of the fields that
   * can still agree. Exact fields are compared outright; a fuzzy field with values on both sides
   * might agree fully; a blank field adds only when both blanks agree.
   */
  private long upperBound(Profile a, Profile b) {
    long bound = 0;
    for (int i = 0; i < byCost.size(); i++) {
      bound += possible(byCost.get(i), weights[i], a, b);
    }
    return bound;
  }

  private static long possible(FieldRule rule, long weight, Profile a, Profile b) {
    MatchField field = rule.field();
    boolean leftBlank;
    boolean rightBlank;
    switch (field) {
      case PERSON_NAME -> {
        leftBlank = a.names().isEmpty();
        rightBlank = b.names().isEmpty();
      }
      case BIRTHDAY -> {
        leftBlank = a.birthday().isEmpty();
        rightBlank = b.birthday().isEmpty();
        if (!leftBlank && !rightBlank && !rule.method().isFuzzy()) {
          return sameBirthday(a.birthday().get(), b.birthday().get(), rule.method()) ? weight : 0;
        }
      }
      default -> {
        List<Profile.Text> left = texts(field, a);
        List<Profile.Text> right = texts(field, b);
        leftBlank = left.isEmpty();
        rightBlank = right.isEmpty();
        if (!leftBlank && !rightBlank && !rule.method().isFuzzy() && field != MatchField.FIRST_NAME) {
          Best best = bestText(field, left, right, rule.method());
          return best.similarity() >= 1 ? weight : 0;
        }
      }
    }
    if (leftBlank || rightBlank) {
      return leftBlank && rightBlank && rule.blank() == BlankPolicy.BOTH_BLANK_AGREE ? weight : 0;
    }
    return weight;
  }

  private Match evaluate(Profile a, Profile b, boolean prune) {
    if (prune) {
      // decide on the contributions alone, then explain only the pairs that reach the threshold;
      // both passes add the same contributions in the same order, so they reach the same sum
      long sum = 0;
      long[] contribution = new long[1];
      for (int i = 0; i < byCost.size(); i++) {
        evaluate(byCost.get(i), weights[i], penalties[i], a, b, contribution, false);
        sum += contribution[0];
        if (sum + remainingAfter[i] < threshold) {
          return null;
        }
      }
    }
    long sum = 0;
    FieldEvidence[] evidence = new FieldEvidence[MatchField.values().length];
    for (int i = 0; i < byCost.size(); i++) {
      FieldRule rule = byCost.get(i);
      long[] contribution = new long[1];
      FieldEvidence e = evaluate(rule, weights[i], penalties[i], a, b, contribution, true);
      evidence[rule.field().ordinal()] = e;
      sum += contribution[0];
    }
    List<FieldEvidence> ordered = new ArrayList<>(inOrder.size());
    for (FieldEvidence e : evidence) {
      if (e != null) {
        ordered.add(e);
      }
    }
    long kept = Math.max(0, Math.min(Units.PER_POINT, sum));
    double score = Units.toPoints(kept);
    return new Match(a.id(), b.id(), score, Units.toPoints(sum), rules.levelOf(score), ordered);
  }

  /** The best pair of values of a field, with how similar they are. */
  private record Best(
      double similarity, String left, String right, String leftCompared, String rightCompared, String detail) {}

  private static FieldEvidence evaluate(
      FieldRule rule, long weight, long penalty, Profile a, Profile b, long[] contribution, boolean explain) {
    Best best;
    boolean leftBlank;
    boolean rightBlank;
    switch (rule.field()) {
      case PERSON_NAME -> {
        leftBlank = a.names().isEmpty();
        rightBlank = b.names().isEmpty();
        best = leftBlank || rightBlank ? null : bestName(a.names(), b.names(), rule.method());
      }
      case BIRTHDAY -> {
        leftBlank = a.birthday().isEmpty();
        rightBlank = b.birthday().isEmpty();
        best = leftBlank || rightBlank ? null : birthday(a.birthday().get(), b.birthday().get(), rule.method());
      }
      default -> {
        List<Profile.Text> left = texts(rule.field(), a);
        List<Profile.Text> right = texts(rule.field(), b);
        leftBlank = left.isEmpty();
        rightBlank = right.isEmpty();
        best = leftBlank || rightBlank ? null : bestText(rule.field(), left, right, rule.method());
      }
    }
    if (best == null) {
      return blank(rule, weight, penalty, a, b, leftBlank, rightBlank, contribution, explain);
    }
    double s = best.similarity();
    Outcome outcome;
    if (s >= rule.agreeAt()) {
      outcome = Outcome.AGREE;
      contribution[0] = Units.scaled(weight, s);
    } else if (s < rule.disagreeBelow()) {
      outcome = Outcome.DISAGREE;
      contribution[0] = -penalty;
    } else {
      outcome = Outcome.NEUTRAL;
      contribution[0] = 0;
    }
    if (!explain) {
      return null;
    }
    return new FieldEvidence(rule.field(), rule.method(), outcome, Optional.of(best.left()),
        Optional.of(best.right()), Optional.of(best.leftCompared()), Optional.of(best.rightCompared()),
        OptionalDouble.of(s), Units.toPoints(contribution[0]), best.detail());
  }

  private static FieldEvidence blank(
      FieldRule rule, long weight, long penalty, Profile a, Profile b, boolean leftBlank, boolean rightBlank,
      long[] contribution, boolean explain) {
    Outcome outcome = Outcome.BLANK;
    contribution[0] = 0;
    String detail = "";
    if (leftBlank && rightBlank && rule.blank() == BlankPolicy.BOTH_BLANK_AGREE) {
      outcome = Outcome.AGREE;
      contribution[0] = weight;
      detail = "both blank";
    } else if (leftBlank != rightBlank && rule.blank() == BlankPolicy.ONE_BLANK_DISAGREES) {
      outcome = Outcome.DISAGREE;
      contribution[0] = -penalty;
      detail = "one blank";
    }
    if (!explain) {
      return null;
    }
    Optional<String> left = leftBlank ? Optional.empty() : Optional.of(first(rule.field(), a));
    Optional<String> right = rightBlank ? Optional.empty() : Optional.of(first(rule.field(), b));
    return new FieldEvidence(rule.field(), rule.method(), outcome, left, right, Optional.empty(), Optional.empty(),
        OptionalDouble.empty(), Units.toPoints(contribution[0]), detail);
  }

  private static String first(MatchField field, Profile p) {
    return switch (field) {
      case PERSON_NAME -> p.names().get(0).raw();
      case BIRTHDAY -> p.birthday().get().toString();
      default -> texts(field, p).get(0).raw();
    };
  }

  private static List<Profile.Text> texts(MatchField field, Profile p) {
    return p.texts(field);
  }

  private static Best bestText(MatchField field, List<Profile.Text> left, List<Profile.Text> right, MatchMethod method) {
    Best best = null;
    for (Profile.Text x : left) {
      for (Profile.Text y : right) {
        String xk = x.keyFor(y);
        String yk = y.keyFor(x);
        double s = switch (method) {
          case EXACT -> x.raw().equals(y.raw()) ? 1 : 0;
          case NORMALISED_EXACT -> field == MatchField.PHONE ? (PhoneNormaliser.same(xk, yk) ? 1 : 0) : xk.equals(yk) ? 1 : 0;
          case JARO_WINKLER -> Similarity.jaroWinkler(xk, yk);
          case DAMERAU_LEVENSHTEIN -> Similarity.damerauLevenshtein(xk, yk);
          case TOKEN_SET -> Similarity.tokenSet(x.tokensFor(y), y.tokensFor(x));
        };
        String detail = "";
        if (s < 1 && field == MatchField.FIRST_NAME && method != MatchMethod.EXACT) {
          int group = FirstNames.groupOf(x.key());
          if (group >= 0 && group == FirstNames.groupOf(y.key())) {
            s = 1;
            detail = "equivalent first names";
          }
        }
        if (best == null || s > best.similarity()) {
          boolean raw = method == MatchMethod.EXACT;
          best = new Best(s, x.raw(), y.raw(), raw ? x.raw() : xk, raw ? y.raw() : yk, detail);
          if (s == 1) {
            return best;
          }
        }
      }
    }
    return best;
  }

  private static Best birthday(Birthday x, Birthday y, MatchMethod method) {
    double s;
    String detail = "";
    if (sameBirthday(x, y, method)) {
      s = 1;
    } else if (!method.isFuzzy()) {
      s = 0;
    } else if (Dates.swapped(x, y)) {
      s = MatchMethod.DATE_SWAPPED;
      detail = "day and month swapped";
    } else if (Dates.oneDigitOff(x, y)) {
      s = MatchMethod.DATE_TYPO;
      detail = "one digit off";
    } else {
      s = 0;
    }
    return new Best(s, x.toString(), y.toString(), x.toString(), y.toString(), detail);
  }

  private static boolean sameBirthday(Birthday x, Birthday y, MatchMethod method) {
    return method == MatchMethod.EXACT
        ? x.equals(y)
        : x.monthDay().equals(y.monthDay())
            && (x.year().isEmpty() || y.year().isEmpty() || x.year().equals(y.year()));
  }

  // ------------------------------------------------------------------ person names

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

  private static Best bestName(List<Profile.Name> left, List<Profile.Name> right, MatchMethod method) {
    Best best = null;
    for (Profile.Name x : left) {
      for (Profile.Name y : right) {
        Best b = name(x, y, method);
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

  private static Best name(Profile.Name x, Profile.Name y, MatchMethod method) {
    if (method == MatchMethod.EXACT) {
      return new Best(x.raw().equals(y.raw()) ? 1 : 0, x.raw(), y.raw(), x.raw(), y.raw(), "");
    }
    List<String> xp = x.partsFor(y);
    List<String> yp = y.partsFor(x);
    if (method == MatchMethod.TOKEN_SET) {
      return new Best(Similarity.tokenSet(words(xp), words(yp)), x.raw(), y.raw(), x.comparedWith(y),
          y.comparedWith(x), "");
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
    return new Best(best, x.raw(), y.raw(), x.comparedWith(y), y.comparedWith(x), how);
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
