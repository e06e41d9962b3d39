package org.clientbase.benchmarks;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusService;
import org.clientbase.memory.InMemoryClientStore;
import org.clientbase.memory.InMemoryInterestStore;
import org.clientbase.memory.InMemoryPaymentStore;
import org.clientbase.memory.InMemoryShipmentStore;
import org.clientbase.memory.InMemoryStatusHistoryStore;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The status batch end to end, from the stores to the history written: every operation
 * recalculates {@value #CLIENTS} clients (about 20 facts each, over 420 days; a demo-like base)
 * into an empty history, reading the cards page by page, the facts and histories of each page,
 * building each client's activity, replaying it from its creation date to today and appending
 * the changes. Scores are clients per second.
 *
 * <ul>
 *   <li>{@code library}: {@link StatusService#recalculateAll()} on one thread;
 *   <li>{@code libraryTwoThreads}: the same on two workers;
 *   <li>{@code handwritten}: {@link HandwrittenBatch}, a competent loop written for this scheme
 *       alone over the same in-memory stores, on one thread, writing a short explanation;
 *   <li>{@code handwrittenExplaining}: the same loop writing the library's explanation with
 *       every entry ({@link HandwrittenBatch#explaining}), so that both write exactly the same
 *       history: the like-for-like baseline of the library;
 *   <li>{@code drools}: the same loop (same reads, same stepping, same entries, same writes) with
 *       Drools 10 ({@link DroolsStatus}: the rules as DRL compiled once in the setup) deciding
 *       the step of every day the loop evaluates, one stateless {@code execute} per step over the
 *       client's facts made into Drools facts once per client, on one thread.
 * </ul>
 *
 * <p>Why the baseline is fair: both sides read the same stores with the same calls (a page of
 * cards, then the page's interests, payments, shipments and histories, one call each) and
 * write the same entries with one {@code appendAll} per page ({@code StatusBatchBenchmarkTest}
 * checks the histories are equal); the hand-written loop turns facts into primitive day arrays
 * and steps only to the days on which something can change, as an engine would, so it is the
 * loop a performance-minded developer writes. It knows the five rules in advance. {@code
 * handwritten} does less than the library: it writes a short explanation where the library
 * writes the rule's conditions and facts; {@code handwrittenExplaining} writes the same text as
 * the library, keeping each fact's id beside its day to name the facts that made a rule hold
 * ({@code StatusBatchBenchmarkTest} checks the histories are equal, explanations included).
 * Nothing is prepared outside the measured code but the stores' content (and, for {@code
 * drools}, the compiled rules).
 *
 * <p>What {@code drools} measures: Drools deciding, end to end, in a loop that does everything
 * else as the hand-written one does, writing the same histories ({@code StatusBatchBenchmarkTest}
 * checks it). Drools does not choose the days to evaluate: the loop asks it only on the days on
 * which a window gains or loses a fact and on the day after each change (the hand-written
 * loop's stepping; every other day's step would change nothing), so it is Drools at its best
 * here. Its explanations are the hand-written loop's short ones.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StatusBatchBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class StatusBatchBenchmark {
  /** The number of clients each operation recalculates. */
  public static final int CLIENTS = 20_000;
  /** The page size of both sides. */
  public static final int PAGE = 1000;

  private final Clock clock =
      Clock.fixed(StatusData.TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private InMemoryClientStore clients;
  private InMemoryInterestStore interests;
  private InMemoryPaymentStore payments;
  private InMemoryShipmentStore shipments;
  private InMemoryStatusHistoryStore history;
  private DroolsStatus drools;

  /** Loads the base into the test kit's in-memory stores. */
  @Setup(Level.Trial)
  public void load() {
    clients = new InMemoryClientStore();
    interests = new InMemoryInterestStore();
    payments = new InMemoryPaymentStore();
    shipments = new InMemoryShipmentStore();
    for (int i = 0; i < CLIENTS; i++) {
      StatusData.Facts facts = StatusData.facts(i);
      clients.insert(SyntheticBase.card(i));
      facts.interests().forEach(interests::insert);
      facts.payments().forEach(payments::insert);
      facts.shipments().forEach(shipments::insert);
    }
    drools = new DroolsStatus();
  }

  /** Starts every operation from an empty history. */
  @Setup(Level.Invocation)
  public void emptyHistory() {
    history = new InMemoryStatusHistoryStore();
  }

  StatusService service(int threads) {
    return StatusService.builder()
        .clients(clients).interests(interests).payments(payments).shipments(shipments)
        .history(history).clock(clock).batchSize(PAGE).parallelism(threads)
        .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll()).build();
  }

  HandwrittenBatch handwrittenBatch() {
    return new HandwrittenBatch(clients, interests, payments, shipments, history, PAGE);
  }

  HandwrittenBatch explainingBatch() {
    return HandwrittenBatch.explaining(clients, interests, payments, shipments, history, PAGE);
  }

  HandwrittenBatch droolsBatch() {
    return new HandwrittenBatch(clients, interests, payments, shipments, history, PAGE,
        HandwrittenBatch.drools(drools));
  }

  InMemoryStatusHistoryStore history() {
    return history;
  }

  /**
   * The library on one thread.
   *
   * @return what the batch did
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public BatchResult library() {
    return service(1).recalculateAll();
  }

  /**
   * The library on two workers.
   *
   * @return what the batch did
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public BatchResult libraryTwoThreads() {
    return service(2).recalculateAll();
  }

  /**
   * The hand-written loop.
   *
   * @return the number of clients whose status changed
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public long handwritten() {
    return handwrittenBatch().run(StatusData.TODAY);
  }

  /**
   * The hand-written loop writing the library's explanations: exactly the library's history.
   *
   * @return the number of clients whose status changed
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public long handwrittenExplaining() {
    return explainingBatch().run(StatusData.TODAY);
  }

  /**
   * The hand-written loop with Drools deciding every evaluated day's step.
   *
   * @return the number of clients whose status changed
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public long drools() {
    return droolsBatch().run(StatusData.TODAY);
  }
}
