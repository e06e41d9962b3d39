package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.StatusScheme;
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
 * A year of statuses for each of 100,000 clients, from a new card 365 days ago to today:
 *
 * <ul>
 *   <li>{@code replay}: {@link Evaluator#replay}, which evaluates only the days on which
 *       something can change;
 *   <li>{@code daily}: one {@link Evaluator#evaluate} per client and day, day by day over the
 *       whole base, the way a job scheduled every day steps it (each day's pass reads every
 *       client once);
 *   <li>{@code dailyClientByClient}: the same 365 steps, but each client's year at once, so
 *       its facts stay in the processor's cache: the most favourable way to step every day.
 * </ul>
 *
 * <p>All three give the same statuses ({@code StatusVariantsTest}). Scores are per
 * client-year. {@code replay} is judged against {@code dailyClientByClient}, the fair
 * baseline: it steps every day as a daily job must, but with each client's facts hot in the
 * cache, as replay has them. {@code daily} is shown only to tell what a naive day-by-day pass
 * over a large base costs; its cache misses make any ratio against it flatter replay.
 *
 * <p>Each fork's heap is committed and touched before the first iteration ({@code -Xms4g
 * -XX:+AlwaysPreTouch}, for every method alike): otherwise the first use of each page of the heap
 * is a page fault inside the timed loop, whose cost depends on the machine's memory manager
 * rather than on the code measured, and which falls mostly on the methods that allocate while
 * reading a large base.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReplayBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ReplayBenchmark {
  /** The number of clients; each operation replays every one of them. */
  public static final int CLIENTS = 100_000;
  /** The length of the replayed range. */
  public static final int DAYS = 365;

  private ClientActivity[] activities;
  private Evaluator evaluator;
  private final LocalDate from = StatusData.TODAY.minusDays(DAYS - 1);
  private final LocalDate to = StatusData.TODAY;

  /** Generates the clients. */
  @Setup
  public void setUp() {
    activities = new ClientActivity[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      activities[i] = StatusData.facts(i).activity();
    }
    evaluator = Evaluator.of(StatusScheme.defaults());
  }

  /**
   * Replay over the year.
   *
   * @param sink consumes each final status
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void replay(Blackhole sink) {
    for (ClientActivity activity : activities) {
      sink.consume(evaluator.replay(activity, from, to).status());
    }
  }

  /**
   * One evaluation per client and day, a day at a time over the whole base.
   *
   * @param sink consumes each final status
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void daily(Blackhole sink) {
    for (Optional<CurrentStatus> status : dailyJob(evaluator, activities, from, to)) {
      sink.consume(status);
    }
  }

  /**
   * One evaluation per day over the year, a client at a time.
   *
   * @param sink consumes each final status
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void dailyClientByClient(Blackhole sink) {
    for (ClientActivity activity : activities) {
      sink.consume(daily(evaluator, activity, from, to));
    }
  }

  /** The statuses after stepping every client on every day, day by day, as a daily job. */
  @SuppressWarnings("unchecked")
  static Optional<CurrentStatus>[] dailyJob(
      Evaluator evaluator, ClientActivity[] activities, LocalDate from, LocalDate to) {
    Optional<CurrentStatus>[] statuses = new Optional[activities.length];
    java.util.Arrays.fill(statuses, Optional.empty());
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      for (int i = 0; i < activities.length; i++) {
        statuses[i] = step(evaluator, activities[i], statuses[i], day);
      }
    }
    return statuses;
  }

  static Optional<CurrentStatus> daily(
      Evaluator evaluator, ClientActivity activity, LocalDate from, LocalDate to) {
    Optional<CurrentStatus> current = Optional.empty();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      current = step(evaluator, activity, current, day);
    }
    return current;
  }

  /** One day's step from a status or from none. */
  private static Optional<CurrentStatus> step(
      Evaluator evaluator, ClientActivity activity, Optional<CurrentStatus> current, LocalDate day) {
    return (current.isPresent()
        ? evaluator.evaluate(activity, current.get(), day) : evaluator.evaluate(activity, day)).current();
  }
}
