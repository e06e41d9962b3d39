package org.clientbase.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.store.ClientFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A night of a large base: {@link #clients} clients (a million by default; about 20 facts each
 * over 420 days), of which 1% get a new payment during each day. Each operation is one night:
 * the day before it, the chosen clients' payments are stored and the service is told
 * ({@link StatusService#factsChanged}); then the measured run brings every status up to the
 * night's date. Score: seconds per night.
 *
 * <ul>
 *   <li>{@code nightly}: {@link StatusService#recalculateDue()}, reading only the clients whose
 *       due day has come and those with new facts;
 *   <li>{@code full}: {@link StatusService#recalculateAll()}, reading every client: the
 *       baseline.
 * </ul>
 *
 * <p>Why the baseline is fair: both run the same service with the same settings (pages of
 * 1,000, two workers) over the same stores, on the same days with the same new facts, and end
 * in the same statuses (the property tests check that the nightly run ends where a full
 * recalculation ends); the full run is what a host without due days runs every night. The base
 * is generated as {@link SyntheticBase} generates it, so a million clients fit in memory; the
 * history is {@link DueDayHistory}, a compact history with a due-day column and an index by
 * day, as a host keeps for a base of this size. Before the first night both sides have run one
 * full recalculation, which sets every due day.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NightlyRunBenchmark}; a quick
 * setting: {@code -p clients=100000}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class NightlyRunBenchmark {
  /** The number of clients. */
  @Param("1000000")
  public int clients;

  private final NightClock clock = new NightClock();
  private final Map<Integer, List<Payment>> added = new ConcurrentHashMap<>();
  private DueDayHistory history;
  private StatusService service;
  private LocalDate night;

  /** Loads the base and runs one full recalculation, which sets every due day. */
  @Setup(Level.Trial)
  public void load() {
    SyntheticBase base = new SyntheticBase(clients);
    history = new DueDayHistory(clients);
    ClientFacts<Payment> generated = base.payments();
    ClientFacts<Payment> payments = ids -> withAdded(ids, generated.findByClients(ids));
    night = StatusData.TODAY;
    clock.day = night;
    service = StatusService.builder()
        .clients(base.clients()).interests(base.interests()).payments(payments).shipments(base.shipments())
        .history(history).clock(clock).batchSize(1000).parallelism(2)
        .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll()).build();
    BatchResult first = service.recalculateAll();
    if (first.failedClients() > 0) {
      throw new IllegalStateException("the first recalculation failed: " + first);
    }
  }

  /** The day before a night: 1% of the clients get a payment, and the service is told. */
  @Setup(Level.Iteration)
  public void day() {
    night = night.plusDays(1);
    List<ClientId> changed = new ArrayList<>();
    long day = night.toEpochDay();
    for (int i = 0; i < clients; i++) {
      if (Math.floorMod(i * 0x9E3779B1L + day * 0x85EBCA77L, 100) == 0) {
        ClientId id = StatusData.id(i);
        added.computeIfAbsent(i, k -> new ArrayList<>())
            .add(Payment.of(PaymentId.of("n-" + i + "-" + day), id, night, Money.of("15000.00", "RUB")));
        changed.add(id);
      }
    }
    service.factsChanged(changed);
    clock.day = night;
  }

  private List<Payment> withAdded(Collection<ClientId> ids, List<Payment> generated) {
    if (added.isEmpty()) {
      return generated;
    }
    List<Payment> all = new ArrayList<>(generated.size() + 16);
    int at = 0;
    for (ClientId id : ids) {
      while (at < generated.size() && generated.get(at).client().equals(id)) {
        all.add(generated.get(at++));
      }
      List<Payment> more = added.get(StatusData.index(id));
      if (more != null) {
        all.addAll(more);
      }
    }
    all.addAll(generated.subList(at, generated.size()));
    return all;
  }

  /**
   * The nightly run: only the clients due or with new facts.
   *
   * @return what the run did
   */
  @Benchmark
  public BatchResult nightly() {
    return service.recalculateDue();
  }

  /**
   * The full recalculation of every client.
   *
   * @return what the run did
   */
  @Benchmark
  public BatchResult full() {
    return service.recalculateAll();
  }

  /** A clock at noon UTC of the night's date. */
  private static final class NightClock extends Clock {
    private volatile LocalDate day;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the benchmark's clock stays in UTC");
    }

    @Override
    public Instant instant() {
      return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
  }

  /**
   * Runs a few nights of each kind once and prints what they read and how long they took, for
   * a quick look without JMH.
   *
   * @param args the number of clients (default 100,000), of nights (default 5), and
   *     {@code nightly} or {@code full} for one kind only
   */
  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int nights = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (String kind : args.length > 2 ? List.of(args[2]) : List.of("nightly", "full")) {
      NightlyRunBenchmark bench = new NightlyRunBenchmark();
      bench.clients = size;
      bench.load();
      for (int n = 0; n < nights; n++) {
        bench.day();
        int due = bench.history.dueBy(bench.night);
        long start = System.nanoTime();
        BatchResult result = kind.equals("nightly") ? bench.nightly() : bench.full();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s %s: %d ms, %d clients read (%d due), %d changed%n",
            kind, bench.night, ms, result.clients(), due, result.changedClients());
      }
    }
  }
}
