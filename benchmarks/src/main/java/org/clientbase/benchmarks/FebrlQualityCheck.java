package org.clientbase.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clientbase.core.field.CardType;
import org.clientbase.rules.matching.BlockingReport;
import org.clientbase.rules.matching.BlockingRule;
import org.clientbase.rules.matching.FieldRule;
import org.clientbase.rules.matching.Linkage;
import org.clientbase.rules.matching.LinkageResult;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchField;
import org.clientbase.rules.matching.MatchMethod;
import org.clientbase.rules.matching.MatchRules;
import org.clientbase.rules.matching.MatchRulesLearner;
import org.clientbase.rules.matching.Matcher;

/**
 * Measures duplicate matching with learned weights on the FEBRL data sets: learns the weights
 * of the rules from the records themselves (no labels, no weights set by hand: the shape below
 * names only the fields and how each is compared), finds the duplicates with the default
 * blocking, and prints per data set the precision, recall and F1 against the truth, the pairs
 * compared, the pair completeness of the blocking (the share of the pairs the learned rules
 * accept among all pairs that blocking gives), the share of true pairs blocking gives, and the
 * learned rules as JSON.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.clientbase.benchmarks.FebrlQualityCheck [seed]
 * </pre>
 */
public final class FebrlQualityCheck {
  private FebrlQualityCheck() {}

  /**
   * The fields of FEBRL's person records and how each is compared; the weights here are
   * placeholders that learning replaces.
   *
   * @return the shape of the rules to learn
   */
  static MatchRules shape() {
    return MatchRules.custom(CardType.CONTACT_PERSON)
        .rule(FieldRule.fuzzy(MatchField.FIRST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.LAST_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.BIRTHDAY, MatchMethod.DAMERAU_LEVENSHTEIN, 0.8, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.TAX_ID, MatchMethod.DAMERAU_LEVENSHTEIN, 0.85, 0.5).disagreeingBelow(0.7))
        .rule(FieldRule.exact(MatchField.POSTCODE, 0.5))
        .rule(FieldRule.fuzzy(MatchField.LOCALITY, MatchMethod.JARO_WINKLER, 0.92, 0.5).disagreeingBelow(0.8))
        .rule(FieldRule.fuzzy(MatchField.STREET, MatchMethod.JARO_WINKLER, 0.9, 0.5).disagreeingBelow(0.75))
        .rule(FieldRule.exact(MatchField.HOUSE, 0.5))
        .rule(FieldRule.fuzzy(MatchField.FLAT, MatchMethod.JARO_WINKLER, 0.9, 0.5).disagreeingBelow(0.75))
        .build();
  }

  /**
   * Runs the check.
   *
   * @param args the seed of the random pairs (default 42)
   */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    for (String set : List.of("dataset1.csv", "dataset2.csv")) {
      check(set, seed);
    }
  }

  private static void check(String set, long seed) {
    FebrlData data = FebrlData.read(set);
    long start = System.nanoTime();
    MatchRules learned = MatchRulesLearner.learn(shape(), data.cards(), BlockingRule.defaults(), new SplittableRandom(seed));
    long learnedAt = System.nanoTime();
    Linkage linkage = Linkage.of(Matcher.of(learned), BlockingRule.defaults());
    LinkageResult result = linkage.deduplicate(data.cards());
    long done = System.nanoTime();
    long truePositives = 0;
    for (Match match : result.matches()) {
      if (data.truth().contains(FebrlData.pair(match.left().value(), match.right().value()))) {
        truePositives++;
      }
    }
    double precision = result.matches().isEmpty() ? 1 : truePositives / (double) result.matches().size();
    double recall = truePositives / (double) data.truth().size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    BlockingReport report = linkage.blockingReport(data.cards());
    System.out.println(learned.toJson());
    System.out.println(report);
    System.out.printf(Locale.ROOT,
        "%s: records=%d truePairs=%d found=%d truePositives=%d precision=%.4f recall=%.4f f1=%.4f"
            + " pairsCompared=%d pairCompleteness=%.4f learnMs=%d matchMs=%d%n",
        set, data.cards().size(), data.truth().size(), result.matches().size(), truePositives, precision, recall, f1,
        result.pairsCompared(), report.pairCompleteness(), (learnedAt - start) / 1_000_000, (done - learnedAt) / 1_000_000);
  }
}
