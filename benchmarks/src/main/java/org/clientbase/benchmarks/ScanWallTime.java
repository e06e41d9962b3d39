package org.clientbase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.clientbase.rules.matching.BlockingRule;
import org.clientbase.rules.matching.Linkage;
import org.clientbase.rules.matching.LinkageResult;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MatchRules;
import org.clientbase.rules.matching.MatchRulesLearner;
import org.clientbase.rules.matching.Matcher;

/**
 * The wall time of a whole duplicate scan of generated person records in FEBRL's style ({@link
 * FebrlLikeRecords}, 20,000 by default) with weights learned from the records themselves: the
 * time to learn, and the time to compile every card, block and score every candidate pair, with
 * the pairs compared, the pairs scored per second and the precision, recall and F1 against the
 * generated truth. Each scan is run several times in one JVM; the first runs warm it up.
 *
 * <pre>
 * flock /tmp/clientbase-bench.lock java -cp benchmarks/target/benchmarks.jar \
 *     org.clientbase.benchmarks.ScanWallTime [records] [runs]
 * </pre>
 */
public final class ScanWallTime {
  private ScanWallTime() {}

  /**
   * Runs the scan.
   *
   * @param args the number of records (default 20,000) and of runs (default 5)
   */
  public static void main(String[] args) {
    int records = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String[]> rows = FebrlLikeRecords.generate(records, 2024);
    Set<String> truth = FebrlLikeRecords.truth(rows);
    List<MatchCard> cards = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      cards.add(FebrlData.card(row));
    }
    long start = System.nanoTime();
    MatchRules learned = MatchRulesLearner.learn(FebrlQualityCheck.shape(), cards, BlockingRule.defaults(),
        new SplittableRandom(42));
    long learnMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "records=%d truePairs=%d learnMs=%d%n", cards.size(), truth.size(), learnMs);
    Linkage linkage = Linkage.of(Matcher.of(learned), BlockingRule.defaults());
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      LinkageResult result = linkage.deduplicate(cards);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long truePositives = 0;
      for (Match match : result.matches()) {
        if (truth.contains(FebrlData.pair(match.left().value(), match.right().value()))) {
          truePositives++;
        }
      }
      double precision = result.matches().isEmpty() ? 1 : truePositives / (double) result.matches().size();
      double recall = truePositives / (double) truth.size();
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      System.out.printf(Locale.ROOT,
          "run %d: scanMs=%d pairsCompared=%d pairsPerSecond=%.0f found=%d precision=%.4f recall=%.4f f1=%.4f%n",
          run, ms, result.pairsCompared(), result.pairsCompared() * 1000.0 / Math.max(1, ms), result.matches().size(),
          precision, recall, f1);
    }
  }
}
