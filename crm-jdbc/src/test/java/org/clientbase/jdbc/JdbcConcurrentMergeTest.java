package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.rules.matching.DuplicateMerger;
import org.clientbase.rules.matching.MergeRequest;
import org.clientbase.rules.matching.MergeResult;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two hosts, each with its own connection pool and two threads, merge the same 100 client
 * pairs and 20 contact-person pairs at once, every other pair with opposite survivors. Each pair
 * is merged exactly once with one applied record, no card is merged both ways or along a chain,
 * no exception reaches a host, and undoing every merge gives back every table (the journal and
 * the id sequences, which record the merges themselves, aside), compared without the version
 * columns.
 */
class JdbcConcurrentMergeTest {
  private static final int CLIENT_PAIRS = 100;
  private static final int PERSON_PAIRS = 20;
  private static final int THREADS = 2;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T07:30:00Z"), ZoneOffset.UTC);
  /** What the comparison leaves out: the merges' own records. */
  private static final List<String> MERGE_TABLES = List.of("merge_journal", "merge_journal_card", "id_sequence");

  abstract static class OnDatabase {
    abstract JdbcDatabase database();

    @Test
    void twoHostsMergingTheSamePairsMergeEachOnceAndUndoAllRestoresEveryTable() throws Exception {
      JdbcDatabase first = database();
      fill(JdbcClientbase.on(first));
      Map<String, List<String>> before = tables(first);
      try (JdbcDatabase second = Databases.secondHost(first)) {
        AtomicLong deadlocks = new AtomicLong();
        AtomicLong stale = new AtomicLong();
        DuplicateMerger hostA = merger(JdbcClientbase.on(first), deadlocks, stale);
        DuplicateMerger hostB = merger(JdbcClientbase.on(second), deadlocks, stale);
        List<MergeResult> results = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CyclicBarrier go = new CyclicBarrier(2 * THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          threads.add(host(hostA, false, t, go, results, failures));
          threads.add(host(hostB, true, t, go, results, failures));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
          thread.join(300_000);
          assertThat(thread.isAlive()).as("a host is stuck").isFalse();
        }
        assertThat(failures).as("no exception reaches a host").isEmpty();
        assertThat(deadlocks.get() + stale.get())
            .as("the hosts collided (%s deadlocks or serialization failures, %s stale writes), and retried",
                deadlocks.get(), stale.get())
            .isPositive();
        long merged = results.stream().filter(r -> r.outcome() == MergeResult.Outcome.MERGED).count();
        long already = results.stream().filter(r -> r.outcome() == MergeResult.Outcome.ALREADY_MERGED).count();
        assertThat(merged).as("no double merges").isEqualTo(CLIENT_PAIRS + PERSON_PAIRS);
        assertThat(already).isEqualTo(CLIENT_PAIRS + PERSON_PAIRS);

        JdbcClientbase crm = JdbcClientbase.on(first);
        List<MergeRecord> journal = new ArrayList<>();
        for (Versioned<MergeRecord> r : crm.mergeJournal().findByState(MergeState.APPLIED, 1000)) {
          journal.add(r.value());
        }
        assertThat(journal).as("one applied record per merge").hasSize(CLIENT_PAIRS + PERSON_PAIRS);
        assertThat(crm.mergeJournal().count()).isEqualTo(CLIENT_PAIRS + PERSON_PAIRS);
        for (int i = 0; i < CLIENT_PAIRS; i++) {
          Client x = crm.clientStore().find(ClientId.of("c-" + (2 * i))).orElseThrow().value();
          Client y = crm.clientStore().find(ClientId.of("c-" + (2 * i + 1))).orElseThrow().value();
          assertThat(x.mergedInto().isPresent() != y.mergedInto().isPresent())
              .as("exactly one of pair %s is merged: no cycle", i).isTrue();
        }
        for (int i = 0; i < PERSON_PAIRS; i++) {
          boolean x = crm.contactPersonStore().find(ContactPersonId.of("p-" + (2 * i))).orElseThrow()
              .value().mergedInto().isPresent();
          boolean y = crm.contactPersonStore().find(ContactPersonId.of("p-" + (2 * i + 1))).orElseThrow()
              .value().mergedInto().isPresent();
          assertThat(x != y).as("exactly one of person pair %s is merged: no cycle", i).isTrue();
        }

        journal.sort(Comparator.comparingLong((MergeRecord r) -> Long.parseLong(r.id().value().replaceAll("\\D", "")))
            .reversed());
        for (MergeRecord record : journal) {
          assertThat(hostA.undo(record.id()).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
        }
      }
      assertThat(tables(first)).isEqualTo(before);
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }

  private static DuplicateMerger merger(JdbcClientbase crm, AtomicLong deadlocks, AtomicLong stale) {
    UnitOfWork counting = new UnitOfWork() {
      @Override
      public <T> T execute(Supplier<T> work) {
        try {
          return crm.unitOfWork().execute(work);
        } catch (ConcurrentUpdateException e) {
          deadlocks.incrementAndGet();
          throw e;
        } catch (StaleWriteException e) {
          stale.incrementAndGet();
          throw e;
        }
      }
    };
    Clientbase counted = new ForwardingClientbase(crm) {
      @Override
      public UnitOfWork unitOfWork() {
        return counting;
      }
    };
    return DuplicateMerger.builder().clientbase(counted).clock(CLOCK).build();
  }

  /** One thread of a host: every other pair, in order; host B takes the opposite survivor of every other pair. */
  private static Thread host(DuplicateMerger merger, boolean hostB, int thread, CyclicBarrier go,
      List<MergeResult> results, List<Throwable> failures) {
    return new Thread(() -> {
      try {
        go.await(60, TimeUnit.SECONDS);
        for (int i = thread; i < CLIENT_PAIRS; i += THREADS) {
          ClientId x = ClientId.of("c-" + (2 * i));
          ClientId y = ClientId.of("c-" + (2 * i + 1));
          boolean opposite = hostB && i % 4 < 2;
          results.add(merger.merge(MergeRequest.ofClients(List.of(x, y)).withSurvivor(opposite ? y : x)));
        }
        for (int i = thread; i < PERSON_PAIRS; i += THREADS) {
          ContactPersonId x = ContactPersonId.of("p-" + (2 * i));
          ContactPersonId y = ContactPersonId.of("p-" + (2 * i + 1));
          boolean opposite = hostB && i % 4 < 2;
          results.add(merger.merge(MergeRequest.ofContactPersons(List.of(x, y)).withSurvivor(opposite ? y : x)));
        }
      } catch (Throwable t) {
        failures.add(t);
      }
    });
  }

  /** Every card with a payment, a shipment, a task, an interaction, an interest, a counterparty and a host document. */
  private static void fill(JdbcClientbase crm) {
    for (int i = 0; i < 2 * PERSON_PAIRS; i++) {
      crm.contactPersonStore().insert(ContractFixtures.contactPerson("p-" + i, i));
      crm.clientStore().insert(Client.builder().from(ContractFixtures.client("d-" + i, 1000 + i))
          .addContacts(ClientContact.of(ContactPersonId.of("p-" + i))).build());
      crm.hostDocuments().add("note-" + i, "note", List.of(ContactPersonId.of("p-" + i)));
    }
    for (int i = 0; i < 2 * CLIENT_PAIRS; i++) {
      ClientId id = ClientId.of("c-" + i);
      crm.clientStore().insert(ContractFixtures.client("c-" + i, i));
      crm.paymentStore().insert(ContractFixtures.payment("pay-" + i, id, i % 28));
      crm.shipmentStore().insert(ContractFixtures.shipment("s-" + i, id, i % 28));
      crm.taskStore().insert(ContractFixtures.task("t-" + i, id, i % 28));
      crm.interactionStore().insert(ContractFixtures.interaction("e-" + i, id, i % 28));
      crm.interestStore().insert(ContractFixtures.interest("i-" + i, id, i % 28));
      crm.counterpartyStore().insert(ContractFixtures.counterparty("k-" + i, id, i));
      crm.hostDocuments().add("order-" + i, "order", List.of(id));
    }
  }

  /** Every table's rows without their version columns, sorted. */
  private static Map<String, List<String>> tables(JdbcDatabase db) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection = db.dataSource().getConnection()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
          if (("public".equalsIgnoreCase(schema)) && !MERGE_TABLES.contains(name)
              && !name.startsWith("flyway") && !name.contains("schema")) {
            names.add(name);
          }
        }
      }
      assertThat(names).contains("client", "client_contact", "payment", "host_document_reference");
      for (String name : names) {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              String column = meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT);
              if (!column.equals("version")) {
                row.append(column).append('=').append(rs.getString(c)).append(';');
              }
            }
            rows.add(row.toString());
          }
        }
        rows.sort(Comparator.naturalOrder());
        tables.put(name, rows);
      }
    }
    return tables;
  }

}
