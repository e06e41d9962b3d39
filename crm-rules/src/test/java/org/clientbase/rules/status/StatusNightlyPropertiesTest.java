package org.clientbase.rules.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.id.ClientId;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.RecordingStatusTransitionListener;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.ForwardingStatusHistoryStore;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.testkit.TestClock;
import org.clientbase.testkit.generators.ClientHistory;
import org.clientbase.testkit.generators.FactArrivals;
import org.clientbase.testkit.generators.StatusGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The nightly run reads only the clients due or with changed facts, yet any sequence of fact
 * changes and nightly runs ends, every day, in the state a full recalculation of the same base
 * gives; interrupted anywhere and run again, it still does.
 */
class StatusNightlyPropertiesTest {
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final int DAYS = 150;
  static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  final Gen<List<ClientHistory>> bases = StatusGenerators.clientHistoryBatches(FROM, DAYS, 1, 15);

  /** A base with its service on a clock the test moves, and the transitions it announced. */
  static final class Run {
    final InMemoryClientbase base = InMemoryClientbase.create();
    final TestClock clock = TestClock.at(FROM, ZONE);
    final RecordingStatusTransitionListener heard = new RecordingStatusTransitionListener();
    final StatusService service;

    Run(int threads) {
      this(threads, false);
    }

    /**
     * @param dueDaysSetApart whether the history store sets due days only with
     *     {@code setDueDays}, its appends clearing them, as a store that does not
     *     {@linkplain StatusHistoryStore#appendSetsDueDay() set them with appends} does
     */
    Run(int threads, boolean dueDaysSetApart) {
      StatusHistoryStore history = dueDaysSetApart
          ? new DueDaysSetApart(base.statusHistoryStore()) : base.statusHistoryStore();
      service = StatusService.builder().clients(base.clientStore()).interests(base.interestStore())
          .payments(base.paymentStore()).shipments(base.shipmentStore()).history(history)
          .unitOfWork(base.unitOfWork()).clock(clock).listener(heard)
          .accessPolicy(base.accessPolicy()).batchSize(3).parallelism(threads).build();
    }
  }

  /** A store that keeps due days but whose appends clear them: due days come only with setDueDays. */
  static final class DueDaysSetApart extends ForwardingStatusHistoryStore {
    DueDaysSetApart(StatusHistoryStore store) {
      super(store);
    }

    @Override
    public boolean appendSetsDueDay() {
      return false;
    }

    @Override
    public ClientStatusHistory append(StatusAppend append) {
      return super.append(noDueDay(append));
    }

    @Override
    public Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
      appends.forEach(DueDaysSetApart::noDueDay);
      return super.appendAll(appends);
    }

    @Override
    public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
      appends.forEach(DueDaysSetApart::noDueDay);
      return super.appendAll(appends, recorded);
    }

    private static StatusAppend noDueDay(StatusAppend append) {
      assertThat(append.dueOn()).as("a due day given to a store that sets none with appends").isEmpty();
      return append;
    }
  }

  /** The histories as a full recalculation would write them: versions and empty records apart. */
  static List<List<Object>> state(InMemoryClientbase base) {
    return base.statusHistoryStore().all().stream()
        .filter(h -> !h.entries().isEmpty() || h.evaluatedThrough().isPresent())
        .map(h -> List.<Object>of(h.client(), h.entries(), h.evaluatedThrough()))
        .toList();
  }

  @Test
  void everyDayTheNightlyRunEndsWhereAFullRecalculationEnds() {
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(bases, longs().all(), integers().between(0, 3), integers().between(0, 3))
        .checkAssert((clients, seed, skipEvery, setup) -> {
          FactArrivals arrivals = FactArrivals.of(clients, seed);
          Run nightly = new Run(1 + (setup & 1), setup >= 2);
          Run full = new Run(1);
          long read = 0;
          long all = 0;
          int night = 0;
          for (LocalDate today = arrivals.first(); !today.isAfter(arrivals.last().plusDays(30));
              today = today.plusDays(1), night++) {
            LocalDate day = today;
            // the host stores the facts and tells the service in one unit of work
            nightly.base.unitOfWork().execute(() -> {
              nightly.service.factsChanged(arrivals.arrive(day, nightly.base));
              return null;
            });
            arrivals.arrive(today, full.base);
            if (skipEvery > 0 && night % (skipEvery + 2) == 1) {
              continue; // no run tonight: the next one catches up
            }
            nightly.clock.set(today);
            full.clock.set(today);
            BatchResult due = nightly.service.recalculateDue();
            BatchResult everyone = full.service.recalculateAll();

            assertThat(due.failedClients()).isZero();
            // a client whose facts came before its card is left out until the card comes
            assertThat(nightly.base.statusHistoryStore().dueClients(today, Integer.MAX_VALUE))
                .as("every client read has a due day after %s", today)
                .noneMatch(client -> nightly.base.clientStore().find(client).isPresent());
            assertThat(state(nightly.base)).as("on %s", today).isEqualTo(state(full.base));
            assertThat(nightly.heard.transitions()).as("announced by %s", today)
                .containsExactlyInAnyOrderElementsOf(full.heard.transitions());
            assertThat(due.changedClients()).isEqualTo(everyone.changedClients());
            read += due.clients();
            all += everyone.clients();
          }
          assertThat(read).isLessThanOrEqualTo(all);
        });
  }

  @Test
  void aNightlyRunInterruptedAnywhereAndRunAgainEndsAsAnUninterruptedOne() {
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(bases, longs().all(), integers().between(1, 60), integers().between(0, 2))
        .checkAssert((clients, seed, call, kind) -> {
          FactArrivals arrivals = FactArrivals.of(clients, seed);
          Run nightly = new Run(2, (seed & 1) == 0);
          Run full = new Run(1);
          for (LocalDate today = arrivals.first(); !today.isAfter(arrivals.last().plusDays(10));
              today = today.plusDays(1)) {
            nightly.service.factsChanged(arrivals.arrive(today, nightly.base));
            arrivals.arrive(today, full.base);
            nightly.clock.set(today);
            full.clock.set(today);
            boolean attack = today.getDayOfMonth() % 7 == 3;
            if (attack) {
              nightly.base.faults().arm(kind == 0 ? FailurePlan.atCall(call)
                  : kind == 1 ? FailurePlan.fromCall(call) : FailurePlan.fromCall(call).writesOnly());
            }
            Optional<ClientId> resumeAfter = Optional.empty();
            try {
              nightly.service.recalculateDue();
            } catch (StatusBatchException stopped) {
              resumeAfter = stopped.partial().lastClient();
            }
            nightly.base.faults().disarm();
            if (attack) {
              // resume where it stopped, then run once more, as a host would after failures
              resumeAfter.map(nightly.service::recalculateDue).orElseGet(nightly.service::recalculateDue);
              assertThat(nightly.service.recalculateDue().failedClients()).isZero();
            }
            full.service.recalculateAll();

            assertThat(state(nightly.base)).as("on %s", today).isEqualTo(state(full.base));
            List<?> heard = nightly.heard.transitions();
            assertThat(new HashSet<>(heard)).as("announced at most once").hasSize(heard.size());
            Set<Object> written = new HashSet<>();
            nightly.base.statusHistoryStore().all().forEach(h -> written.addAll(h.entries()));
            assertThat(written).containsAll(heard);
          }
        });
  }

  @Test
  void aNightlyRunReadsOnlyTheClientsDueOrChanged() {
    qt().withExamples(5).withShrinkCycles(5)
        .forAll(StatusGenerators.clientHistoryBatches(FROM, DAYS, 40, 60), longs().all())
        .checkAssert((clients, seed) -> {
          FactArrivals arrivals = FactArrivals.of(clients, seed);
          Run nightly = new Run(1);
          LocalDate today = arrivals.first();
          for (; !today.isAfter(arrivals.last()); today = today.plusDays(1)) {
            nightly.service.factsChanged(arrivals.arrive(today, nightly.base));
            nightly.clock.set(today);
            nightly.service.recalculateDue();
          }
          nightly.clock.set(today);
          BatchResult quiet = nightly.service.recalculateDue();
          assertThat(quiet.clients()).as("clients read on a day without new facts")
              .isLessThan(clients.size() / 2);
          assertThat(nightly.base.statusHistoryStore().all()).extracting(ClientStatusHistory::client)
              .hasSize(clients.size());
        });
  }
}
