package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.clientbase.rules.matching.TermAdjustment;

/**
 * Scores pairs of {@link Profile profiles} by one set of {@link MatchRules}. Stateless and safe
 * to share between threads.
 *
 * <p>Every contribution is an integer number of {@link Units}: an agreement adds the weight
 * times the similarity (with similarity 1, the weight plus the value's term-frequency adjustment,
 * never below 0), the middle band adds its weight, a disagreement takes the penalty away.
 *
 * <p>{@link #scoreIfDuplicate} decides without allocating: it evaluates the cheap fields first
 * and stops as soon as the score can no longer reach the threshold (what is summed so far plus
 * the largest contributions of the fields not yet evaluated that both cards fill is below it).
 * No field adds more than its largest contribution, so stopping never loses a duplicate; the
 * pairs it keeps are scored by {@link #score}, which adds the same contributions.
 */
public final class Scorer {
  private final MatchRules rules;
  private final FieldRule[] byCost;
  private final long[] weights;
  private final long[] penalties;
  private final long[] middles;
  private final long[] largest;
  private final Terms[] terms;
  private final long threshold;

  /** The term-frequency adjustments of a field, in units. */
  private record Terms(Map<String, Long> values, long other) {
    long of(String value) {
      Long listed = values.get(value);
      return listed == null ? other : listed;
    }
  }

  /**
   * Creates a scorer.
   *
   * @param rules the rules
   */
  public Scorer(MatchRules rules) {
    this.rules = rules;
    List<FieldRule> sorted = new ArrayList<>(rules.fieldRules());
    sorted.sort(Comparator.comparingInt(r -> cost(r.field())));
    this.byCost = sorted.toArray(new FieldRule[0]);
    int n = byCost.length;
    this.weights = new long[n];
    this.penalties = new long[n];
    this.middles = new long[n];
    this.largest = new long[n];
    this.terms = new Terms[n];
    for (int i = 0; i < n; i++) {
      FieldRule rule = byCost[i];
      weights[i] = Units.of(rule.weight());
      penalties[i] = Units.of(rule.penalty());
      middles[i] = Units.of(rule.middleWeight());
      largest[i] = Units.largest(rules, rule);
      Optional<TermAdjustment> adjustment = rules.termAdjustment(rule.field());
      if (adjustment.isPresent()) {
        Map<String, Long> values = new HashMap<>();
        adjustment.get().values().forEach((value, points) -> values.put(value, Units.of(points)));
        terms[i] = new Terms(values, Units.of(adjustment.get().otherValues()));
      }
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
    long sum = 0;
    FieldEvidence[] evidence = new FieldEvidence[MatchField.values().length];
    long[] contribution = new long[1];
    for (int i = 0; i < byCost.length; i++) {
      evidence[byCost[i].field().ordinal()] = explain(i, a, b, contribution);
      sum += contribution[0];
    }
    List<FieldEvidence> ordered = new ArrayList<>(byCost.length);
    for (FieldEvidence e : evidence) {
      if (e != null) {
        ordered.add(e);
      }
    }
    long kept = Math.max(0, Math.min(Units.PER_POINT, sum));
    double score = Units.toPoints(kept);
    return new Match(a.id(), b.id(), score, Units.toPoints(sum), rules.levelOf(score), ordered);
  }

  /**
   * Scores a pair if it can be a duplicate.
   *
   * @param a the first card
   * @param b the second card
   * @return the match if its score reaches the threshold, otherwise {@code null}
   */
  public Match scoreIfDuplicate(Profile a, Profile b) {
    if (!reaches(a, b)) {
      return null;
    }
    Match match = score(a, b);
    return match.isDuplicate() ? match : null;
  }

  /** Whether the sum of the contributions reaches the threshold, decided without allocating. */
  private boolean reaches(Profile a, Profile b) {
    int n = byCost.length;
    long bound = 0;
    for (int i = 0; i < n; i++) {
      bound += possible(i, a, b);
    }
    if (bound < threshold) {
      return false;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      bound -= possible(i, a, b);
      sum += contribution(i, a, b);
      if (sum + bound < threshold) {
        return false;
      }
    }
    return sum >= threshold;
  }

  /** The most a field can add to a pair: nothing from a blank side, unless both blanks agree. */
  private long possible(int i, Profile a, Profile b) {
    boolean leftBlank = blank(byCost[i].field(), a);
    boolean rightBlank = blank(byCost[i].field(), b);
    if (leftBlank || rightBlank) {
      return leftBlank && rightBlank && byCost[i].blank() == BlankPolicy.BOTH_BLANK_AGREE ? weights[i] : 0;
    }
    return largest[i];
  }

  private static boolean blank(MatchField field, Profile p) {
    return switch (field) {
      case PERSON_NAME -> p.names().isEmpty();
      case BIRTHDAY -> p.birthday().isEmpty();
      default -> p.texts(field).isEmpty();
    };
  }

  /** What a field adds to a pair, in units, found without allocating for text fields. */
  private long contribution(int i, Profile a, Profile b) {
    FieldRule rule = byCost[i];
    MatchField field = rule.field();
    boolean leftBlank = blank(field, a);
    boolean rightBlank = blank(field, b);
    if (leftBlank || rightBlank) {
      return blankContribution(i, leftBlank, rightBlank);
    }
    double s;
    switch (field) {
      case PERSON_NAME -> s = NameSimilarity.best(a.names(), b.names(), rule.method()).similarity();
      case BIRTHDAY -> s = birthdaySimilarity(a.birthday().get(), b.birthday().get(), rule.method());
      default -> {
        List<Profile.Text> left = a.texts(field);
        List<Profile.Text> right = b.texts(field);
        s = -1;
        for (int x = 0; x < left.size() && s < 1; x++) {
          for (int y = 0; y < right.size(); y++) {
            double t = similarity(field, left.get(x), right.get(y), rule.method(), rule.disagreeBelow());
            if (t > s) {
              s = t;
              if (t >= 1) {
                return exactAgreement(i, left.get(x).plainKey(), right.get(y).plainKey());
              }
            }
          }
        }
      }
    }
    return banded(i, s, null, null);
  }

  private long blankContribution(int i, boolean leftBlank, boolean rightBlank) {
    BlankPolicy policy = byCost[i].blank();
    if (leftBlank && rightBlank && policy == BlankPolicy.BOTH_BLANK_AGREE) {
      return weights[i];
    }
    return leftBlank != rightBlank && policy == BlankPolicy.ONE_BLANK_DISAGREES ? -penalties[i] : 0;
  }

  /** What a similarity adds: by band, an exact agreement adjusted by its terms' frequency. */
  private long banded(int i, double s, String leftTerm, String rightTerm) {
    FieldRule rule = byCost[i];
    if (s >= rule.agreeAt()) {
      return s >= 1 ? exactAgreement(i, leftTerm, rightTerm) : Units.scaled(weights[i], s);
    }
    return s < rule.disagreeBelow() ? -penalties[i] : middles[i];
  }

  private long exactAgreement(int i, String leftTerm, String rightTerm) {
    if (terms[i] == null || leftTerm == null) {
      return weights[i];
    }
    return Math.max(0, weights[i] + adjustment(i, leftTerm, rightTerm));
  }

  /** The adjustment of an exact agreement: the smaller of the two values' (the more common). */
  private long adjustment(int i, String leftTerm, String rightTerm) {
    long left = terms[i].of(leftTerm);
    return leftTerm.equals(rightTerm) ? left : Math.min(left, terms[i].of(rightTerm));
  }

  /**
   * The similarity of two values of a text field by a method; one below {@code atLeast} may be
   * found approximately (still below it), as a band below it does not depend on how far.
   */
  private static double similarity(
      MatchField field, Profile.Text x, Profile.Text y, MatchMethod method, double atLeast) {
    String xk = x.keyFor(y);
    String yk = y.keyFor(x);
    double s = switch (method) {
      case EXACT -> x.raw().equals(y.raw()) ? 1 : 0;
      case NORMALISED_EXACT -> field == MatchField.PHONE ? (PhoneNormaliser.same(xk, yk) ? 1 : 0) : xk.equals(yk) ? 1 : 0;
      case JARO_WINKLER -> Similarity.jaroWinkler(xk, yk);
      case DAMERAU_LEVENSHTEIN -> Similarity.damerauLevenshtein(xk, yk, atLeast);
      case TOKEN_SET -> Similarity.tokenSet(x.tokensFor(y), y.tokensFor(x));
    };
    if (s < 1 && field == MatchField.FIRST_NAME && method != MatchMethod.EXACT && equivalent(x, y)) {
      return 1;
    }
    return s;
  }

  private static boolean equivalent(Profile.Text x, Profile.Text y) {
    int group = FirstNames.groupOf(x.key());
    return group >= 0 && group == FirstNames.groupOf(y.key());
  }

  /** Evaluates a field with its evidence; puts what it adds into {@code contribution[0]}. */
  private FieldEvidence explain(int i, Profile a, Profile b, long[] contribution) {
    FieldRule rule = byCost[i];
    boolean leftBlank = blank(rule.field(), a);
    boolean rightBlank = blank(rule.field(), b);
    if (leftBlank || rightBlank) {
      contribution[0] = blankContribution(i, leftBlank, rightBlank);
      return blankEvidence(rule, a, b, leftBlank, rightBlank, contribution[0]);
    }
    Compared best = switch (rule.field()) {
      case PERSON_NAME -> NameSimilarity.best(a.names(), b.names(), rule.method());
      case BIRTHDAY -> birthday(a.birthday().get(), b.birthday().get(), rule.method());
      default -> bestText(rule.field(), a.texts(rule.field()), b.texts(rule.field()), rule.method());
    };
    double s = best.similarity();
    contribution[0] = banded(i, s, best.leftTerm(), best.rightTerm());
    Outcome outcome = s >= rule.agreeAt() ? Outcome.AGREE : s < rule.disagreeBelow() ? Outcome.DISAGREE : Outcome.NEUTRAL;
    String detail = best.detail();
    if (s >= 1 && terms[i] != null && best.leftTerm() != null) {
      detail = (detail.isEmpty() ? "" : detail + ", ") + termDetail(i, best.leftTerm(), best.rightTerm());
    }
    return new FieldEvidence(rule.field(), rule.method(), outcome, Optional.of(best.left()),
        Optional.of(best.right()), Optional.of(best.leftCompared()), Optional.of(best.rightCompared()),
        OptionalDouble.of(s), Units.toPoints(contribution[0]), detail);
  }

  /** How the value's frequency changed an exact agreement, e.g. {@code "smith" common -0.03}. */
  private String termDetail(int i, String leftTerm, String rightTerm) {
    long adjustment = adjustment(i, leftTerm, rightTerm);
    String term = terms[i].of(leftTerm) == adjustment ? leftTerm : rightTerm;
    long hundredths = Math.abs(adjustment) / 10_000L;
    return "term frequency of \"" + term + "\" " + (adjustment < 0 ? "-" : "+") + hundredths / 100 + "."
        + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
  }

  private static FieldEvidence blankEvidence(
      FieldRule rule, Profile a, Profile b, boolean leftBlank, boolean rightBlank, long contribution) {
    Outcome outcome = Outcome.BLANK;
    String detail = "";
    if (leftBlank && rightBlank && rule.blank() == BlankPolicy.BOTH_BLANK_AGREE) {
      outcome = Outcome.AGREE;
      detail = "both blank";
    } else if (leftBlank != rightBlank && rule.blank() == BlankPolicy.ONE_BLANK_DISAGREES) {
      outcome = Outcome.DISAGREE;
      detail = "one blank";
    }
    Optional<String> left = leftBlank ? Optional.empty() : Optional.of(first(rule.field(), a));
    Optional<String> right = rightBlank ? Optional.empty() : Optional.of(first(rule.field(), b));
    return new FieldEvidence(rule.field(), rule.method(), outcome, left, right, Optional.empty(), Optional.empty(),
        OptionalDouble.empty(), Units.toPoints(contribution), detail);
  }

  private static String first(MatchField field, Profile p) {
    return switch (field) {
      case PERSON_NAME -> p.names().get(0).raw();
      case BIRTHDAY -> p.birthday().get().toString();
      default -> p.texts(field).get(0).raw();
    };
  }

  /**
   * The best pair of values of a text field: the first pair, in the cards' order of values, of
   * the highest similarity, as {@link #contribution} finds it.
   */
  private static Compared bestText(
      MatchField field, List<Profile.Text> left, List<Profile.Text> right, MatchMethod method) {
    double best = -1;
    Profile.Text bx = null;
    Profile.Text by = null;
    for (int x = 0; x < left.size() && best < 1; x++) {
      for (int y = 0; y < right.size(); y++) {
        double s = similarity(field, left.get(x), right.get(y), method, 0);
        if (s > best) {
          best = s;
          bx = left.get(x);
          by = right.get(y);
          if (s >= 1) {
            break;
          }
        }
      }
    }
    String detail = best >= 1 && field == MatchField.FIRST_NAME && method != MatchMethod.EXACT
        && !bx.keyFor(by).equals(by.keyFor(bx)) && equivalent(bx, by) ? "equivalent first names" : "";
    boolean raw = method == MatchMethod.EXACT;
    return new Compared(best, bx.raw(), by.raw(), raw ? bx.raw() : bx.keyFor(by), raw ? by.raw() : by.keyFor(bx),
        detail, bx.plainKey(), by.plainKey());
  }

  private static double birthdaySimilarity(Birthday x, Birthday y, MatchMethod method) {
    if (sameBirthday(x, y, method)) {
      return 1;
    }
    if (!method.isFuzzy()) {
      return 0;
    }
    return Dates.swapped(x, y) ? MatchMethod.DATE_SWAPPED : Dates.oneDigitOff(x, y) ? MatchMethod.DATE_TYPO : 0;
  }

  private static Compared birthday(Birthday x, Birthday y, MatchMethod method) {
    double s = birthdaySimilarity(x, y, method);
    String detail = s == 1 || s == 0 ? "" : Dates.swapped(x, y) ? "day and month swapped" : "one digit off";
    return new Compared(s, x.toString(), y.toString(), x.toString(), y.toString(), detail, null, null);
  }

  private static boolean sameBirthday(Birthday x, Birthday y, MatchMethod method) {
    return method == MatchMethod.EXACT
        ? x.equals(y)
        : x.monthDay().equals(y.monthDay())
            && (x.year().isEmpty() || y.year().isEmpty() || x.year().equals(y.year()));
  }
}
