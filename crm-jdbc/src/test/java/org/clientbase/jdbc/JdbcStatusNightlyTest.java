package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusBatchException;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.ForwardingStatusHistoryStore;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusDueDay;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.testkit.TestClock;
import org.clientbase.testkit.generators.FactArrivals;
import org.clientbase.testkit.generators.StatusGenerators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The nightly status run on the JDBC stores, whose due days live in {@code status_history}: any
 * sequence of fact changes and nightly runs, some of them interrupted and run again, ends every
 * day in the state a full recalculation of the same base in memory gives.
 */
class JdbcStatusNightlyTest {
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

  @Nested
  class OnH2 extends Suite {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends Suite {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }

  abstract static class Suite {
    abstract JdbcDatabase database();

    @Test
    void everyDayTheNightlyRunEndsWhereAFullRecalculationEnds() {
      database(); // skips the suite, outside the property, when the database is not there
      qt().withExamples(12).withShrinkCycles(10)
          .forAll(StatusGenerators.clientHistoryBatches(FROM, 120, 1, 12), longs().all(),
              integers().between(1, 40), integers().between(1, 2))
          .checkAssert((clients, seed, failAt, threads) -> {
            JdbcClientbase crm = JdbcClientbase.on(database());
            InMemoryClientbase reference = InMemoryClientbase.create();
            TestClock clock = TestClock.at(FROM, ZONE);
            AtomicInteger calls = new AtomicInteger();
            StatusService nightly = service(crm, clock, threads);
            StatusService flaky = service(new ForwardingClientbase(crm) {
              @Override
              public StatusHistoryStore statusHistoryStore() {
                return new Flaky(crm.statusHistoryStore(), calls, failAt);
              }
            }, clock, threads);
            StatusService full = service(reference, clock, 1);
            FactArrivals arrivals = FactArrivals.of(clients, seed);
            long read = 0;
            long all = 0;
            for (LocalDate today = arrivals.first(); !today.isAfter(arrivals.last().plusDays(20));
                today = today.plusDays(1)) {
              nightly.factsChanged(arrivals.arrive(today, crm));
              arrivals.arrive(today, reference);
              clock.set(today);
              if (today.getDayOfMonth() % 9 == 4) {
                Optional<ClientId> resume = Optional.empty();
                try {
                  flaky.recalculateDue();
                } catch (StatusBatchException stopped) {
                  resume = stopped.partial().lastClient();
                }
                resume.map(nightly::recalculateDue).orElseGet(nightly::recalculateDue);
              }
              BatchResult due = nightly.recalculateDue();
              BatchResult everyone = full.recalculateAll();
              assertThat(due.failedClients()).isZero();
              // a client whose facts came before its card is left out until the card comes
              assertThat(crm.statusHistoryStore().dueClients(today, Integer.MAX_VALUE))
                  .as("every client read has a due day after %s", today)
                  .noneMatch(client -> crm.clientStore().find(client).isPresent());
              assertThat(state(crm.statusHistoryStore())).as("on %s", today)
                  .isEqualTo(state(reference.statusHistoryStore()));
              read += due.clients();
              all += everyone.clients();
            }
            assertThat(read).isLessThanOrEqualTo(all);
          });
    }
  }

  static StatusService service(org.clientbase.spi.Clientbase base, TestClock clock, int threads) {
    return StatusService.builder().clientbase(base).clock(clock).batchSize(4).parallelism(threads)
        .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll()).build();
  }

  /** The histories a full recalculation writes: versions and records without any entry apart. */
  static List<List<Object>> state(StatusHistoryStore store) {
    List<List<Object>> state = new ArrayList<>();
    PageRequest<ClientId> after = PageRequest.first(50);
    while (true) {
      List<ClientStatusHistory> page = store.page(after);
      if (page.isEmpty()) {
        return state;
      }
      for (ClientStatusHistory history : page) {
        if (!history.entries().isEmpty() || history.evaluatedThrough().isPresent()) {
          state.add(List.of(history.client(), history.entries(), history.evaluatedThrough()));
        }
      }
      after = after.next(page.get(page.size() - 1).client());
    }
  }

  /**
   * A history store whose n-th call of the nightly run fails: a page of due clients that cannot
   * be read, or a page's appends and due days that fail after the database wrote them.
   */
  private static final class Flaky extends ForwardingStatusHistoryStore {
    private final AtomicInteger calls;
    private final int failAt;

    Flaky(StatusHistoryStore store, AtomicInteger calls, int failAt) {
      super(store);
      this.calls = calls;
      this.failAt = failAt;
    }

    private void maybeFail(String what) {
      if (calls.incrementAndGet() == failAt) {
        throw new IllegalStateException("the connection broke during " + what);
      }
    }

    @Override
    public Map<ClientId, ClientStatusHistory> histories(Collection<ClientId> clients) {
      maybeFail("histories");
      return super.histories(clients);
    }

    @Override
    public Map<ClientId, StatusHistoryEnd> historyEnds(Collection<ClientId> clients) {
      maybeFail("historyEnds");
      return super.historyEnds(clients);
    }

    @Override
    public Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
      Map<ClientId, ClientStatusHistory> written = super.appendAll(appends);
      maybeFail("appendAll");
      return written;
    }

    @Override
    public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
      Set<ClientId> written = super.appendAll(appends, recorded);
      maybeFail("appendAll");
      return written;
    }

    @Override
    public List<ClientId> dueClients(LocalDate through, int limit) {
      maybeFail("dueClients");
      return super.dueClients(through, limit);
    }

    @Override
    public List<ClientId> dueClients(LocalDate through, ClientId after, int limit) {
      maybeFail("dueClients");
      return super.dueClients(through, after, limit);
    }

    @Override
    public void setDueDays(List<StatusDueDay> dueDays) {
      super.setDueDays(dueDays);
      maybeFail("setDueDays");
    }
  }
}
