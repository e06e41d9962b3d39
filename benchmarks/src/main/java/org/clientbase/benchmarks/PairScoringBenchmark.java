package org.clientbase.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.clientbase.rules.matching.BlockingKeys;
import org.clientbase.rules.matching.BlockingRule;
import org.clientbase.rules.matching.CompiledCard;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MatchRules;
import org.clientbase.rules.matching.MatchRulesLearner;
import org.clientbase.rules.matching.Matcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores the candidate pairs of a scan: FEBRL dataset2's 5,000 person records, each compiled
 * once, with the weights learned from the records themselves, and the candidate pairs every
 * blocking key of a card gives (keys shared by more than 100 cards skipped), as a scan compares
 * them. One operation is one scored pair, so the throughput is in scored pairs per second; two
 * threads score at once, one per core.
 *
 * <p>Run: {@code flock /tmp/clientbase-bench.lock java -jar benchmarks/target/benchmarks.jar
 * PairScoringBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(2)
@State(Scope.Benchmark)
public class PairScoringBenchmark {
  /** The candidate pairs of dataset2 under the default blocking (63,485 when measured). */
  static final int PAIRS = 63_485;

  private Matcher matcher;
  private CompiledCard[] left;
  private CompiledCard[] right;

  /** Learns the weights, compiles the cards and finds the candidate pairs. */
  @Setup(Level.Trial)
  public void prepare() {
    List<MatchCard> cards = FebrlData.read("dataset2.csv").cards();
    MatchRules rules = MatchRulesLearner.learn(FebrlQualityCheck.shape(), cards, BlockingRule.defaults(),
        new SplittableRandom(42));
    matcher = Matcher.of(rules);
    CompiledCard[] compiled = new CompiledCard[cards.size()];
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      compiled[i] = matcher.compile(cards.get(i));
      for (String key : BlockingKeys.of(cards.get(i))) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    long[] pairs = new long[0];
    int n = 0;
    for (List<Integer> block : blocks.values()) {
      if (block.size() > 100) {
        continue;
      }
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          if (n == pairs.length) {
            pairs = Arrays.copyOf(pairs, Math.max(1024, n * 2));
          }
          pairs[n++] = ((long) block.get(a) << 32) | block.get(b);
        }
      }
    }
    long[] unique = Arrays.stream(pairs, 0, n).sorted().distinct().toArray();
    left = new CompiledCard[PAIRS];
    right = new CompiledCard[PAIRS];
    for (int p = 0; p < PAIRS; p++) {
      long pair = unique[p % unique.length];
      left[p] = compiled[(int) (pair >>> 32)];
      right[p] = compiled[(int) pair];
    }
    System.out.println("candidate pairs: " + unique.length);
  }

  /**
   * Scores every candidate pair once.
   *
   * @return how many pairs are duplicates
   */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int scoreEveryCandidatePair() {
    int duplicates = 0;
    for (int p = 0; p < PAIRS; p++) {
      if (matcher.isDuplicate(left[p], right[p])) {
        duplicates++;
      }
    }
    return duplicates;
  }
}
