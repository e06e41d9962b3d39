package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.Outcome;
import org.clientbase.rules.status.StatusScheme;
import org.jeasy.rules.api.Facts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation step for each of 100,000 clients with about 20 facts each, on the seed scheme:
 *
 * <ul>
 *   <li>{@code engine}: the public API, {@link Evaluator#evaluate} on {@link StatusScheme#defaults()};
 *   <li>{@code handwritten}: the fastest plain Java for the same five rules over the same
 *       {@link ClientActivity} and {@link CurrentStatus} objects, no engine;
 *   <li>{@code easyRules}: the same rules as Easy Rules 4.1.0 rules over {@code Facts}, the
 *       facts of each client prepared in the setup and reused;
 *   <li>{@code easyRulesFreshFacts}: the same, with new {@code Facts} for each evaluation, the
 *       way Easy Rules is usually called (rules return their result through the facts);
 *   <li>{@code arrays}: the same decisions over primitive arrays prepared outside the measured
 *       code, the practical limit.
 * </ul>
 *
 * <p>Decisions only, with the same precomputed inputs on both sides of each comparison: the
 * {@link ClientActivity} objects (whose constructor sorts and indexes the facts) and current
 * statuses are built once in the setup and handed to {@code engine}, {@code handwritten} and
 * the Easy Rules variants alike; {@code arrays} gets its own primitive arrays, also built in
 * the setup. The cost of reading facts and building activities is not measured here: it is in
 * {@link StatusBatchBenchmark}, which compares the library with a hand-written loop end to end,
 * and that is the comparison to judge the library by. Scores are per client decision.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StatusEngineBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class StatusEngineBenchmark {
  /** The number of clients; each operation decides every one of them. */
  public static final int CLIENTS = 100_000;

  private ClientActivity[] activities;
  private CurrentStatus[] currents;
  private Facts[] facts;
  private Evaluator evaluator;
  private StatusVariants.EasyRules easyRules;
  private StatusVariants.Arrays arrays;
  private final LocalDate today = StatusData.TODAY;
  private final long todayDay = StatusData.TODAY.toEpochDay();

  /** Generates the clients and prepares every variant's input. */
  @Setup
  public void setUp() {
    activities = new ClientActivity[CLIENTS];
    currents = new CurrentStatus[CLIENTS];
    facts = new Facts[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      activities[i] = StatusData.facts(i).activity();
      currents[i] = StatusData.status(i).orElse(null);
    }
    // Easy Rules' own inputs apart, as a host would keep them: they wrap the same objects
    for (int i = 0; i < CLIENTS; i++) {
      facts[i] = StatusVariants.EasyRules.facts(activities[i], currents[i], today);
    }
    evaluator = Evaluator.of(StatusScheme.defaults());
    easyRules = new StatusVariants.EasyRules();
    arrays = new StatusVariants.Arrays(activities, currents);
  }

  /**
   * The engine through its public API.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void engine(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      CurrentStatus current = currents[i];
      Outcome outcome = current == null
          ? evaluator.evaluate(activities[i], today)
          : evaluator.evaluate(activities[i], current, today);
      sink.consume(outcome.status().orElse(null));
    }
  }

  /**
   * Plain Java over the same objects.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void handwritten(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      sink.consume(StatusVariants.handwritten(activities[i], currents[i], today));
    }
  }

  /**
   * Easy Rules 4.1.0.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void easyRules(Blackhole sink) {
    for (int i = 0; i < facts.length; i++) {
      sink.consume(easyRules.decide(facts[i]));
    }
  }

  /**
   * Easy Rules 4.1.0 with new facts for each evaluation.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void easyRulesFreshFacts(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      sink.consume(easyRules.decide(
          StatusVariants.EasyRules.facts(activities[i], currents[i], today)));
    }
  }

  /**
   * Primitive arrays.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void arrays(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      sink.consume(StatusVariants.Arrays.status(arrays.decide(i, todayDay)));
    }
  }
}
