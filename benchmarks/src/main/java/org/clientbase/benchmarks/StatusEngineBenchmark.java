package org.clientbase.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.clientbase.rules.status.ClientActivity;
import org.clientbase.rules.status.CurrentStatus;
import org.clientbase.rules.status.Evaluator;
import org.clientbase.rules.status.Outcome;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One evaluation step (one decision) for each of 100,000 clients with about 20 facts each, on
 * the default scheme, the library against plain Java and two rule engines.
 *
 * <p><b>Like with like: from the same facts to the decision.</b> Every method of the first group
 * gets exactly the same input, made in the setup: each client's interests, payments and
 * shipments as immutable lists in the order a store gives them ({@link StatusData.Facts}) and
 * its {@link CurrentStatus}. Whatever a side prepares from them to decide (the engine's
 * {@link ClientActivity} with its packed index and summaries, the primitive arrays, Easy Rules'
 * {@code Facts}, Drools' facts and session work) is built inside the measured loop, so each side
 * pays for its own preparation:
 *
 * <ul>
 *   <li>{@code engine}: {@link ClientActivity#of} then {@link Evaluator#evaluate}, the public API
 *       as a host calls it;
 *   <li>{@code handwritten}: the fastest plain Java for the five rules, reading the lists
 *       directly (it needs nothing prepared);
 *   <li>{@code arrays}: the clients' facts copied into primitive arrays of epoch days, then
 *       decided over them; the copying is timed with the decisions;
 *   <li>{@code easyRules}: Easy Rules 4.1.0, new {@code Facts} for each client, the way Easy
 *       Rules is called;
 *   <li>{@code drools}: Drools 10.1.0, the rules compiled once in the setup, one stateless
 *       session {@code execute} per client with the client's facts;
 *   <li>{@code droolsSession}: Drools 10.1.0 with one stateful session reused for every client:
 *       its facts inserted, the rules fired, the facts deleted.
 * </ul>
 *
 * <p><b>The decision alone, each side's own preparation done in the setup.</b> {@code
 * enginePrepared} evaluates {@link ClientActivity} objects built in the setup (their index and
 * summaries included); {@code arraysPrepared} decides over primitive arrays built in the setup.
 * Both sides leave out their preparation alike; the rule engines have nothing comparable to
 * prepare, so they are in the first group only.
 *
 * <p>{@code StatusVariantsTest} and {@code StatusDroolsTest} check that every side decides as the
 * engine does, client by client. Scores are per client decision.
 *
 * <p>Each fork's heap is committed and touched before the first iteration ({@code -Xms4g
 * -XX:+AlwaysPreTouch}, for every method alike): otherwise the first use of each page of the heap
 * is a page fault inside the timed loop, whose cost depends on the machine's memory manager
 * rather than on the code measured, and which falls mostly on the methods that allocate while
 * reading a large base.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StatusEngineBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class StatusEngineBenchmark {
  /** The number of clients; each operation decides every one of them. */
  public static final int CLIENTS = 100_000;

  private StatusData.Facts[] clients;
  private CurrentStatus[] currents;
  private ClientActivity[] activities;
  private Evaluator evaluator;
  private StatusVariants.EasyRules easyRules;
  private DroolsStatus drools;
  private DroolsStatus.Session droolsSession;
  private StatusVariants.Arrays arrays;
  private final LocalDate today = StatusData.TODAY;
  private final long todayDay = StatusData.TODAY.toEpochDay();

  /** Generates the clients and compiles the engines' rules. */
  @Setup
  public void setUp() {
    clients = new StatusData.Facts[CLIENTS];
    currents = new CurrentStatus[CLIENTS];
    activities = new ClientActivity[CLIENTS];
    for (int i = 0; i < CLIENTS; i++) {
      clients[i] = StatusData.facts(i);
      currents[i] = StatusData.status(i).orElse(null);
      activities[i] = clients[i].activity();
    }
    evaluator = Evaluator.of(StatusScheme.defaults());
    easyRules = new StatusVariants.EasyRules();
    drools = new DroolsStatus();
    droolsSession = drools.session();
    arrays = new StatusVariants.Arrays(activities, currents);
  }

  /** Disposes of the Drools session. */
  @TearDown
  public void tearDown() {
    droolsSession.close();
  }

  /**
   * The library through its public API, from the client's facts: it builds the
   * {@link ClientActivity} (checks, sorting, index) and evaluates. Fair: the same input as every
   * other method of the group, and the engine's index is paid for in the timed loop.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void engine(Blackhole sink) {
    for (int i = 0; i < clients.length; i++) {
      CurrentStatus current = currents[i];
      ClientActivity activity = clients[i].activity();
      Outcome outcome = current == null
          ? evaluator.evaluate(activity, today)
          : evaluator.evaluate(activity, current, today);
      sink.consume(outcome.status().orElse(null));
    }
  }

  /**
   * Plain Java over the same lists. Fair: the same input; written for these five rules alone, it
   * scans a client's twenty facts faster than anything could build an index of them.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void handwritten(Blackhole sink) {
    for (int i = 0; i < clients.length; i++) {
      StatusData.Facts client = clients[i];
      sink.consume(StatusVariants.handwritten(
          client.interests(), client.payments(), client.shipments(), currents[i], today));
    }
  }

  /**
   * Primitive arrays built from the same lists inside the timed loop, then decided. Fair: the
   * same input, and the copying into arrays (its counterpart of the engine's index) is timed.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void arrays(Blackhole sink) {
    StatusVariants.Arrays built = new StatusVariants.Arrays(clients, currents);
    for (int i = 0; i < clients.length; i++) {
      sink.consume(StatusVariants.Arrays.status(built.decide(i, todayDay)));
    }
  }

  /**
   * Easy Rules 4.1.0, rules registered once, new {@code Facts} holding the same lists for each
   * client. Fair: the same input, and Easy Rules' usual way of being called.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void easyRules(Blackhole sink) {
    for (int i = 0; i < clients.length; i++) {
      StatusData.Facts client = clients[i];
      sink.consume(easyRules.decide(StatusVariants.EasyRules.facts(
          client.interests(), client.payments(), client.shipments(), currents[i], today)));
    }
  }

  /**
   * Drools 10.1.0: the DRL compiled once into a KieBase in the setup, one stateless session
   * {@code execute} per client with its facts (days as epoch days). Fair: the same input, the
   * rules compiled outside the loop, and the session kind Drools recommends for a decision over
   * a self-contained set of facts.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void drools(Blackhole sink) {
    for (int i = 0; i < clients.length; i++) {
      StatusData.Facts client = clients[i];
      sink.consume(drools.decide(
          client.interests(), client.payments(), client.shipments(), currents[i], today).status());
    }
  }

  /**
   * Drools 10.1.0 with one stateful session reused for every client: insert the client's facts,
   * fire, delete them. Fair: the same input and compiled rules; it spares the per-client session
   * that a stateless {@code execute} makes.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void droolsSession(Blackhole sink) {
    for (int i = 0; i < clients.length; i++) {
      StatusData.Facts client = clients[i];
      sink.consume(droolsSession.decide(
          client.interests(), client.payments(), client.shipments(), currents[i], today).status());
    }
  }

  /**
   * The engine over {@link ClientActivity} objects built in the setup: the decision alone. Fair
   * only against {@link #arraysPrepared}, which also leaves its preparation out.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void enginePrepared(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      CurrentStatus current = currents[i];
      Outcome outcome = current == null
          ? evaluator.evaluate(activities[i], today)
          : evaluator.evaluate(activities[i], current, today);
      sink.consume(outcome.status().orElse(null));
    }
  }

  /**
   * Primitive arrays built in the setup: the decision alone, the practical limit. Fair against
   * {@link #enginePrepared}: both leave their preparation out.
   *
   * @param sink consumes each decision
   */
  @Benchmark
  @OperationsPerInvocation(CLIENTS)
  public void arraysPrepared(Blackhole sink) {
    for (int i = 0; i < activities.length; i++) {
      sink.consume(StatusVariants.Arrays.status(arrays.decide(i, todayDay)));
    }
  }
}
