package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.money.Money;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.rules.status.BatchResult;
import org.clientbase.rules.status.StatusBatchException;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.store.ClientStatusHistory;
import org.clientbase.spi.store.ForwardingStatusHistoryStore;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.StatusAppend;
import org.clientbase.spi.store.StatusHistoryEnd;
import org.clientbase.spi.store.StatusHistoryStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The status batch on the JDBC stores: interrupted anywhere (a page of clients that cannot be
 * read, a page's append call that fails) and resumed, it ends in the state of an uninterrupted
 * run, with every history written once and no entry twice.
 */
class JdbcStatusBatchTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
  private static final int CLIENTS = 45;

  @Nested
  class OnH2 extends Suite {
    OnH2() {
      super(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends Suite {
    OnPostgreSql() {
      super(Databases.postgres());
    }
  }

  abstract static class Suite {
    private final JdbcDatabase db;
    private final JdbcClientbase crm;

    Suite(JdbcDatabase db) {
      this.db = db;
      this.crm = JdbcClientbase.on(db);
      for (int i = 0; i < CLIENTS; i++) {
        ClientId id = ClientId.of(String.format("c-%03d", i));
        LocalDate created = TODAY.minusDays(400 - 3L * i);
        crm.clientStore().insert(Client.builder().id(id).kind(ClientKind.LEGAL_ENTITY)
            .name("ООО Клиент " + i).createdOn(created).build());
        LocalDate opened = created.plusDays(5 + i % 11);
        var interest = Interest.builder().id(InterestId.of("i-" + i)).client(id).openedOn(opened)
            .stage(Optional.of("Qualification"));
        if (i % 3 != 0) {
          interest.closedOn(opened.plusDays(20 + i % 5)).outcome(InterestOutcome.WON);
        }
        crm.interestStore().insert(interest.build());
        for (int p = 0; p < i % 4; p++) {
          crm.paymentStore().insert(Payment.of(PaymentId.of("p-" + i + "-" + p), id,
              opened.plusDays(40 + 70L * p), Money.of("1000.00", "RUB")));
        }
      }
    }

    StatusService service(StatusHistoryStore history, int threads, org.clientbase.spi.store.ClientPages clients) {
      return StatusService.builder()
          .clients(clients).interests(crm.interestStore()).payments(crm.paymentStore())
          .shipments(crm.shipmentStore()).history(history).unitOfWork(crm.unitOfWork())
          .clock(Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .batchSize(10).parallelism(threads)
          .accessPolicy(org.clientbase.spi.access.AccessPolicy.allowAll()).build();
    }

    List<ClientStatusHistory> histories() {
      List<ClientStatusHistory> all = new ArrayList<>();
      PageRequest<ClientId> request = PageRequest.first(7);
      while (true) {
        List<ClientStatusHistory> page = crm.statusHistoryStore().page(request);
        if (page.isEmpty()) {
          return all;
        }
        all.addAll(page);
        request = request.next(page.get(page.size() - 1).client());
      }
    }

    void clearHistories() throws SQLException {
      try (Connection connection = db.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM status_history_entry");
        statement.execute("DELETE FROM status_history");
      }
    }

    @Test
    void anInterruptedAndResumedBatchEndsAsAnUninterruptedOneWithEveryEntryOnce() throws SQLException {
      BatchResult clean = service(crm.statusHistoryStore(), 2, crm.clientStore()).recalculateAll();
      List<ClientStatusHistory> expected = histories();
      assertThat(clean.failedClients()).isZero();
      assertThat(expected).hasSize(CLIENTS);
      assertThat(clean.transitions()).isGreaterThan(2L * CLIENTS);

      for (int failAt = 1; failAt <= 4; failAt++) {
        for (int threads = 1; threads <= 2; threads++) {
          clearHistories();
          int stopAt = failAt;
          AtomicInteger pages = new AtomicInteger();
          org.clientbase.spi.store.ClientPages failing = new org.clientbase.spi.store.ClientPages() {
            @Override
            public Optional<org.clientbase.spi.Versioned<Client>> find(ClientId id) {
              return crm.clientStore().find(id);
            }

            @Override
            public List<org.clientbase.spi.Versioned<Client>> page(PageRequest<ClientId> request) {
              if (pages.incrementAndGet() == stopAt) {
                throw new IllegalStateException("the database went away");
              }
              return crm.clientStore().page(request);
            }

            @Override
            public long count() {
              return crm.clientStore().count();
            }
          };
          AtomicInteger appends = new AtomicInteger();
          StatusHistoryStore flaky = new FailingAppendAll(crm.statusHistoryStore(), appends, stopAt);
          StatusService interrupted = service(flaky, threads, failing);

          Optional<ClientId> resume = Optional.empty();
          try {
            interrupted.recalculateAll();
          } catch (StatusBatchException stopped) {
            resume = stopped.partial().lastClient();
          }
          StatusService healthy = service(crm.statusHistoryStore(), threads, crm.clientStore());
          resume.map(healthy::recalculateAll).orElseGet(healthy::recalculateAll);
          BatchResult again = healthy.recalculateAll();

          assertThat(again.changedClients()).as("fail at %d, %d threads", stopAt, threads).isZero();
          assertThat(histories()).as("fail at %d, %d threads", stopAt, threads).isEqualTo(expected);
          assertThat(histories()).allSatisfy(h -> assertThat(h.version()).isEqualTo(1));
          Set<String> seen = new HashSet<>();
          for (ClientStatusHistory history : histories()) {
            for (StatusAssignment entry : history.entries()) {
              assertThat(seen.add(entry.client() + " " + entry.since() + " " + entry.status())).isTrue();
            }
          }
        }
      }
    }

    @Test
    void appendAllOfAnUnknownChainWritesNothing() {
      ClientId client = ClientId.of("c-000");
      StatusAssignment lost = StatusAssignment.builder().client(client)
          .previous(Optional.of(org.clientbase.rules.status.StatusScheme.ACTIVE))
          .status(org.clientbase.rules.status.StatusScheme.LOST).since(TODAY)
          .reason(org.clientbase.core.status.StatusReason.byRule(org.clientbase.core.status.TemplateKey.LOST))
          .explanation("lost").build();
      assertThatThrownBy(() -> crm.unitOfWork().execute(() -> crm.statusHistoryStore().appendAll(
          List.of(StatusAppend.of(client, 0, List.of(lost), TODAY)))))
          .isInstanceOf(org.clientbase.core.InvalidValueException.class);
      assertThat(crm.statusHistoryStore().history(client)).isEqualTo(ClientStatusHistory.empty(client));
    }
  }

  /** Fails the n-th append call of a batch after the store wrote it, inside the unit of work. */
  private static final class FailingAppendAll extends ForwardingStatusHistoryStore {
    private final AtomicInteger calls;
    private final int failAt;

    FailingAppendAll(StatusHistoryStore store, AtomicInteger calls, int failAt) {
      super(store);
      this.calls = calls;
      this.failAt = failAt;
    }

    @Override
    public Map<ClientId, ClientStatusHistory> appendAll(List<StatusAppend> appends) {
      Map<ClientId, ClientStatusHistory> written = super.appendAll(appends);
      if (calls.incrementAndGet() == failAt) {
        throw new IllegalStateException("the connection broke after the page's appends");
      }
      return written;
    }

    @Override
    public Set<ClientId> appendAll(List<StatusAppend> appends, Map<ClientId, StatusHistoryEnd> recorded) {
      Set<ClientId> written = super.appendAll(appends, recorded);
      if (calls.incrementAndGet() == failAt) {
        throw new IllegalStateException("the connection broke after the page's appends");
      }
      return written;
    }
  }
}
