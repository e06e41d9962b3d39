package org.clientbase.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.access.AccessPolicy;

/**
 * Runs the batch status recalculation over a generated base streamed through the SPI and
 * prints the throughput and, last, the peak heap. Must finish under {@code -Xmx256m}: memory
 * holds one batch at a time, whatever the size of the base.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *     org.clientbase.benchmarks.BatchMemoryCheck 1000000
 * </pre>
 *
 * <p>The first run starts every client from its creation date about 400 days ago (the status
 * for a new client, then a year of replay) and writes every transition; the second run, the
 * same day, must find nothing to do.
 */
public final class BatchMemoryCheck {
  private BatchMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of clients (default 1,000,000), then optionally the batch size
   */
  public static void main(String[] args) {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    SyntheticBase base = new SyntheticBase(clients);
    SyntheticBase.CompactHistory history = base.history();
    AtomicLong announced = new AtomicLong();
    StatusService service = StatusService.builder()
        .clients(base.clients())
        .interests(base.interests())
        .payments(base.payments())
        .shipments(base.shipments())
        .history(history)
        .clock(Clock.fixed(StatusData.TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .scheme(StatusScheme.defaults())
        .accessPolicy(AccessPolicy.allowAll())
        .listener(transition -> announced.incrementAndGet())
        .batchSize(batchSize)
        .build();
    int threads = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "clients %,d, batch size %d, %d threads, max heap %d MB%n",
        clients, batchSize, threads, Runtime.getRuntime().maxMemory() >> 20);

    long start = System.nanoTime();
    BatchResult first = service.recalculateAll();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "first run:  %s%n", first);
    System.out.printf(Locale.ROOT, "            %.1f s, %,.0f clients/s, %,d entries stored, %,d announced%n",
        seconds, first.clients() / seconds, history.entries(), announced.get());

    start = System.nanoTime();
    BatchResult second = service.recalculateAll();
    seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "second run: %s%n", second);
    System.out.printf(Locale.ROOT, "            %.1f s, %,.0f clients/s%n", seconds, second.clients() / seconds);
    if (first.failedClients() != 0 || second.transitions() != 0 || first.clients() != clients) {
      throw new IllegalStateException("unexpected result: " + first + " / " + second);
    }

    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap: %d MB (sum of the heap pools' peaks)%n", peak >> 20);
  }
}
