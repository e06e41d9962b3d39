package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.memory.FailurePlan;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.testkit.generators.ClientHistory;
import org.clientbase.testkit.generators.StatusGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The batch is resumable and idempotent: interrupted anywhere and run again, it ends the same. */
class StatusBatchPropertiesTest {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final int DAYS = 400;
  static final LocalDate TODAY = FROM.plusDays(DAYS);

  final Gen<List<ClientHistory>> bases = StatusGenerators.clientHistoryBatches(FROM, DAYS, 5, 30);

  static InMemoryBase load(List<ClientHistory> clients) {
    InMemoryBase base = new InMemoryBase();
    clients.forEach(base::add);
    return base;
  }

  @Test
  void batchInterruptedAtARandomClientAndRunAgainEqualsAnUninterruptedBatch() {
    // shrinking a failing base of 30 clients is slow: a few cycles find a small enough example
    qt().withExamples(80).withShrinkCycles(30)
        .forAll(bases, integers().between(1, 120), integers().between(0, 2),
            integers().between(1, 3))
        .checkAssert((clients, call, kind, threads) -> {
          InMemoryBase reference = load(clients);
          reference.service(TODAY).batchSize(4).parallelism(1).build().recalculateAll();

          InMemoryBase interrupted = load(clients);
          StatusService service =
              interrupted.service(TODAY).batchSize(4).parallelism(threads).build();
          FailurePlan plan = kind == 0 ? FailurePlan.atCall(call)
              : kind == 1 ? FailurePlan.fromCall(call) : FailurePlan.fromCall(call).writesOnly();
          interrupted.faults.arm(plan);
          Optional<org.clientbase.core.id.ClientId> resumeAfter = Optional.empty();
          try {
            service.recalculateAll();
          } catch (StatusBatchException stopped) {
            resumeAfter = stopped.partial().lastClient();
          }
          interrupted.faults.disarm();
          // resume where it stopped, then run the whole base once more, as a host would
          resumeAfter.map(service::recalculateAll).orElseGet(service::recalculateAll);
          BatchResult last = service.recalculateAll();

          assertThat(last.failedClients()).isZero();
          List<ClientStatusHistory> expected = reference.histories();
          assertThat(interrupted.histories()).isEqualTo(expected);
          // one append per changed client in both: no entry was ever written twice
          assertThat(interrupted.histories()).allSatisfy(h -> assertThat(h.version()).isEqualTo(1));
        });
  }

  @Test
  void everyClientOfAGeneratedBaseGetsAStatusAndTheChainsHold() {
    qt().withExamples(30).withShrinkCycles(30).forAll(bases).checkAssert(clients -> {
      InMemoryBase base = load(clients);
      BatchResult result = base.service(TODAY).batchSize(7).build().recalculateAll();

      assertThat(result.clients()).isEqualTo(clients.size());
      assertThat(result.failedClients()).isZero();
      assertThat(base.histories()).hasSize(clients.size())
          .allSatisfy(h -> assertThat(h.entries().get(0).status()).isEqualTo(StatusScheme.NEW));
    });
  }
}
