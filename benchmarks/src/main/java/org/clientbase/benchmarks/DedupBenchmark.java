package org.clientbase.benchmarks;

import org.clientbase.rules.matching.ScanPart;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.access.AccessPolicy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.ProgressListener;
import org.clientbase.testkit.generators.DuplicateDataset;
import org.clientbase.testkit.generators.DuplicateGens;
import org.clientbase.memory.InMemoryClientbase;
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
 * A full duplicate scan of a base of generated contact persons (about one in four with one to
 * three realistic duplicates): the store is read in batches, candidates come from the index of
 * blocking keys, and every candidate pair is scored. The base and its index are built once per
 * size, outside the measurement.
 *
 * <p>The scan is near-linear if the time at 200,000 cards is at most about twice (2.3 times)
 * the time at 100,000.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DedupBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class DedupBenchmark {

  /** How many contact persons the base holds. */
  @Param({"100000", "200000"})
  public int records;

  private DuplicateControl control;

  /** Generates the base and fills the stores and the index. */
  @Setup(Level.Trial)
  public void fill() {
    DuplicateDataset<ContactPerson> data = DuplicateGens.contactPersons(42, records);
    InMemoryClientbase base = InMemoryClientbase.create();
    data.cards().forEach(base.contactPersonStore()::insert);
    control = DuplicateControl.builder().clientbase(base).accessPolicy(AccessPolicy.allowAll()).build();
    control.reindexAll(CardType.CONTACT_PERSON, ProgressListener.none());
  }

  /**
   * Scans the whole base for duplicates.
   *
   * @return the number of duplicate pairs found
   */
  @Benchmark
  public long scan() {
    AtomicLong found = new AtomicLong();
    ScanSummary summary = control.scan(SystemActor.recordedAs(UserId.of("system:scan")), CardType.CONTACT_PERSON, ScanPart.all(), m -> found.incrementAndGet(), ProgressListener.none());
    if (summary.scanned() != records) {
      throw new IllegalStateException("scanned " + summary.scanned() + " of " + records);
    }
    return found.get();
  }
}
