package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.clientbase.core.InvalidValueException;
import org.clientbase.rules.matching.internal.Profile;

/**
 * Learns the weights of {@link MatchRules} from the host's own cards, without labels, as the
 * Fellegi–Sunter model does and as Splink does it: for every field, the probability {@code u}
 * that two different cards agree (or disagree) on it is counted over random pairs, and the
 * probability {@code m} that two cards of one person or organisation agree is estimated by
 * expectation–maximisation over the pairs blocking gives. A field's match weight is {@code
 * log2(m / u)} for agreement and for disagreement; the rules' threshold is where a pair becomes
 * more likely a duplicate than not.
 *
 * <p>Every level of a field that occurs gets its weight: agreement ({@link FieldRule#weight()}),
 * the middle band between disagreement and agreement ({@link FieldRule#middleWeight()}, which may
 * be negative) and disagreement ({@link FieldRule#penalty()}). For the first and last names,
 * organisation names and the parts of addresses ({@link TermAdjustment#FIELDS}) it also counts
 * how often each value occurs among the cards and adjusts an exact agreement on a value by its
 * frequency, as Splink does: the probability that two different cards agree on a value is taken
 * as the value's share of the cards, so an agreement on a common surname weighs less and on a
 * rare one more ({@link TermAdjustment}). The values seen on at least two cards are listed, the
 * {@value #LISTED} most frequent at most; any other value counts as seen on one card.
 *
 * <p>The rules to learn give the shape: which fields, compared how, agreeing from which
 * similarity and disagreeing below which; their weights, penalties and thresholds are replaced,
 * and so are their term-frequency adjustments.
 * Match weights are in bits; the learned rules keep them in score points by dividing every
 * weight by the sum of the agreement weights, so a pair agreeing on every field scores 1. The
 * result is ordinary rules: print them, save them with {@link MatchRules#toJson()}, review and
 * change them by hand.
 *
 * <pre>{@code
 * MatchRules learned = MatchRulesLearner.learn(shape, cards, BlockingRule.defaults(),
 *     new SplittableRandom(42));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchRulesLearner {
  private MatchRulesLearner() {}

  private static final int RANDOM_PAIRS = 200_000;
  /** The most values a term-frequency adjustment lists. */
  public static final int LISTED = 2_000;
  private static final int ROUNDS = 40;
  private static final byte AGREE = 0;
  private static final byte NEUTRAL = 1;
  private static final byte DISAGREE = 2;
  private static final byte BLANK = 3;

  /**
   * Learns weights for the shape of some rules from cards.
   *
   * @param shape the fields, methods and similarity bands to learn weights for
   * @param cards the host's cards, at least two
   * @param blocking the blocking rules that give the pairs to learn from
   * @param random the source of the random pairs; pass a seeded one to learn the same weights
   *     again
   * @return the rules with learned weights, penalties and thresholds
   * @throws InvalidValueException with fewer than two cards, or when blocking gives no pair
   */
  public static MatchRules learn(
      MatchRules shape, List<MatchCard> cards, Set<BlockingRule> blocking, RandomGenerator random) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(random, "random");
    if (Objects.requireNonNull(cards, "cards").size() < 2) {
      throw new InvalidValueException("MatchRulesLearner cards", cards.size(), "at least two cards are needed");
    }
    Matcher matcher = Matcher.of(shape);
    List<FieldRule> fields = shape.fieldRules();
    int f = fields.size();
    List<CompiledCard> compiled = Linkage.compiled(matcher, cards);
    int n = compiled.size();
    long allPairs = (long) n * (n - 1) / 2;

    double[][] u = new double[f][3];
    int samples = (int) Math.min(RANDOM_PAIRS, allPairs);
    for (int s = 0; s < samples; s++) {
      int i = random.nextInt(n);
      int j = random.nextInt(n - 1);
      if (j >= i) {
        j++;
      }
      byte[] levels = levels(matcher.compare(compiled.get(i), compiled.get(j)), fields);
      for (int k = 0; k < f; k++) {
        if (levels[k] != BLANK) {
          u[k][levels[k]]++;
        }
      }
    }
    boolean[] middleOccurs = new boolean[f];
    for (int k = 0; k < f; k++) {
      middleOccurs[k] = u[k][NEUTRAL] > 0;
    }
    normalise(u);

    long[] pairs = Linkage.of(matcher, blocking).candidatePairs(compiled, null);
    if (pairs.length == 0) {
      throw new InvalidValueException("MatchRulesLearner blocking", blocking, "gives no pair of these cards");
    }
    byte[][] levels = new byte[pairs.length][];
    for (int p = 0; p < pairs.length; p++) {
      levels[p] = levels(matcher.compare(compiled.get(Linkage.left(pairs[p])), compiled.get(Linkage.right(pairs[p]))),
          fields);
      for (int k = 0; k < f; k++) {
        middleOccurs[k] |= levels[p][k] == NEUTRAL;
      }
    }
    double[][] m = new double[f][];
    for (int k = 0; k < f; k++) {
      m[k] = new double[] {0.9, 0.05, 0.05};
    }
    double lambda = 0.1;
    for (int round = 0; round < ROUNDS; round++) {
      double[][] counts = new double[f][3];
      double total = 0;
      for (byte[] pair : levels) {
        double logRatio = Math.log(lambda / (1 - lambda));
        for (int k = 0; k < f; k++) {
          if (pair[k] != BLANK) {
            logRatio += Math.log(m[k][pair[k]] / u[k][pair[k]]);
          }
        }
        double posterior = 1 / (1 + Math.exp(-logRatio));
        total += posterior;
        for (int k = 0; k < f; k++) {
          if (pair[k] != BLANK) {
            counts[k][pair[k]] += posterior;
          }
        }
      }
      normalise(counts);
      m = counts;
      lambda = Math.min(0.999, Math.max(1e-6, total / levels.length));
    }
    double prior = Math.max(1e-12, lambda * pairs.length / allPairs);
    return scaled(shape, fields, m, u, prior, middleOccurs, compiled);
  }

  /** The level of each field in a compared pair. */
  private static byte[] levels(Match match, List<FieldRule> fields) {
    byte[] levels = new byte[fields.size()];
    for (int k = 0; k < fields.size(); k++) {
      MatchField field = fields.get(k).field();
      FieldEvidence e = null;
      for (FieldEvidence candidate : match.evidence()) {
        if (candidate.field() == field) {
          e = candidate;
          break;
        }
      }
      levels[k] = e == null ? BLANK : switch (e.outcome()) {
        case AGREE -> AGREE;
        case NEUTRAL -> NEUTRAL;
        case DISAGREE -> DISAGREE;
        case BLANK -> BLANK;
      };
    }
    return levels;
  }

  /** Turns counts into probabilities per field, each level counted at least a little. */
  private static void normalise(double[][] counts) {
    for (double[] field : counts) {
      double sum = 0;
      for (int l = 0; l < 3; l++) {
        field[l] += 0.5;
        sum += field[l];
      }
      for (int l = 0; l < 3; l++) {
        field[l] /= sum;
      }
    }
  }

  private static MatchRules scaled(
      MatchRules shape, List<FieldRule> fields, double[][] m, double[][] u, double prior, boolean[] middleOccurs,
      List<CompiledCard> cards) {
    int f = fields.size();
    double[] agree = new double[f];
    double[] middle = new double[f];
    double[] disagree = new double[f];
    double scale = 0;
    for (int k = 0; k < f; k++) {
      agree[k] = log2(m[k][AGREE] / u[k][AGREE]);
      middle[k] = middleOccurs[k] ? log2(m[k][NEUTRAL] / u[k][NEUTRAL]) : 0;
      disagree[k] = log2(m[k][DISAGREE] / u[k][DISAGREE]);
      scale += Math.max(agree[k], 0);
    }
    double threshold = log2((1 - prior) / prior);
    scale = Math.max(scale, threshold);
    MatchRules.Builder rules = MatchRules.custom(shape.cardType());
    for (int k = 0; k < f; k++) {
      FieldRule r = fields.get(k);
      double weight = Math.max(round(agree[k] / scale), 1e-6);
      double penalty = Math.min(1, Math.max(0, round(-disagree[k] / scale)));
      double band = Math.min(weight, Math.max(-1, round(middle[k] / scale)));
      rules.rule(new FieldRule(r.field(), r.method(), r.agreeAt(), r.disagreeBelow(), weight, penalty, r.blank(), band));
      if (TermAdjustment.FIELDS.contains(r.field())) {
        termAdjustment(r.field(), cards, scale).ifPresent(rules::termAdjustment);
      }
    }
    double at = clamp(threshold / scale);
    double strong = Math.max(at, clamp((threshold + log2(99)) / scale));
    double certain = Math.max(strong, clamp((threshold + log2(9999)) / scale));
    return rules.threshold(at).strongAt(strong).certainAt(certain).build();
  }

  /**
   * The term-frequency adjustment of a field: a value's share {@code tf} of the values the cards
   * give, the probability {@code u} that two cards agree exactly (the sum of the squared shares),
   * and {@code log2(u / tf)} bits for an agreement on the value, in score points.
   */
  private static Optional<TermAdjustment> termAdjustment(
      MatchField field, List<CompiledCard> cards, double scale) {
    Map<String, Integer> counts = new HashMap<>();
    long total = 0;
    for (CompiledCard card : cards) {
      Set<String> seen = new HashSet<>();
      for (Profile.Text text : card.profile().texts(field)) {
        if (!text.plainKey().isEmpty() && seen.add(text.plainKey())) {
          counts.merge(text.plainKey(), 1, Integer::sum);
          total++;
        }
      }
    }
    if (total == 0) {
      return Optional.empty();
    }
    double exact = 0;
    for (int count : counts.values()) {
      double share = count / (double) total;
      exact += share * share;
    }
    List<Map.Entry<String, Integer>> common = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= 2) {
        common.add(e);
      }
    }
    common.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> values = new HashMap<>();
    for (Map.Entry<String, Integer> e : common.subList(0, Math.min(LISTED, common.size()))) {
      values.put(e.getKey(), adjustment(exact, e.getValue() / (double) total, scale));
    }
    return Optional.of(new TermAdjustment(field, values, adjustment(exact, 1.0 / total, scale)));
  }

  private static double adjustment(double exact, double share, double scale) {
    return Math.min(1, Math.max(-1, round(log2(exact / share) / scale)));
  }

  private static double clamp(double value) {
    return Math.min(1, Math.max(1e-6, round(value)));
  }

  private static double round(double value) {
    return Math.round(value * 1_000_000) / 1_000_000.0;
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }

}
