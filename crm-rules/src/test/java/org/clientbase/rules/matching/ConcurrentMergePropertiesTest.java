package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Several threads merge overlapping pairs at once (the same pairs, opposite survivors, chains
 * A-B and B-C) and undo earlier merges, on the in-memory base whose units of work interleave
 * like database transactions. Afterwards every merge is applied exactly once, nothing forms a
 * cycle or a chain, and undoing everything applied gives back the starting base.
 */
class ConcurrentMergePropertiesTest {
  private static final int CLIENTS = 6;
  private static final int PERSONS = 4;
  private static final int THREADS = 3;
  private static final AtomicLong COLLISIONS = new AtomicLong();

  /** One thread's requests: each number picks a merge (pair and survivor) or an undo. */
  private static Gen<List<Integer>> requests() {
    return lists().of(integers().between(0, 9_999)).ofSizeBetween(4, 12);
  }

  @Test
  void overlappingMergesAndUndosApplyEachMergeOnceAndUndoAllRestoresTheBase() {
    COLLISIONS.set(0);
    qt().withExamples(60).forAll(requests(), requests(), requests())
        .checkAssert((a, b, c) -> race(List.of(a, b, c)));
    assertThat(COLLISIONS.get()).as("units of work really collided in these races").isPositive();
  }

  private static void race(List<List<Integer>> perThread) {
    MatchingFixture fixture = new MatchingFixture();
    fill(fixture.base);
    fixture.reindexAll();
    InMemoryClientbase.Snapshot start = fixture.base.snapshot();
    Map<String, Set<EntityId>> documentsBefore = fixture.base.referenceRewriter().all();
    long rollbacksBefore = fixture.base.unitOfWork().rollbacks();
    List<MergeId> merged = new CopyOnWriteArrayList<>();
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    AtomicLong mergedCount = new AtomicLong();
    CyclicBarrier go = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (List<Integer> requests : perThread) {
      Thread thread = new Thread(() -> {
        try {
          go.await(30, TimeUnit.SECONDS);
          for (int request : requests) {
            run(fixture.merger, request, merged, mergedCount);
          }
        } catch (MergeRefusedException | ConcurrentUpdateException documented) {
          unexpected.add(new AssertionError("escaped the loop", documented));
        } catch (Throwable t) {
          unexpected.add(t);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      assertThat(thread.isAlive()).as("a thread is stuck").isFalse();
    }
    assertThat(unexpected).as("only documented results").isEmpty();
    COLLISIONS.addAndGet(fixture.base.unitOfWork().rollbacks() - rollbacksBefore);

    List<MergeRecord> journal = fixture.journal.all().stream().map(Versioned::value).toList();
    assertThat(journal).as("a record only for each merge that was applied").hasSize((int) mergedCount.get());
    assertThat(journal).allSatisfy(r -> assertThat(r.state()).isNotEqualTo(MergeState.STARTED));
    assertNoCyclesNoChainsAndJournalAgrees(fixture, journal);

    undoEverything(fixture);
    InMemoryClientbase.Snapshot end = fixture.base.snapshot();
    assertThat(values(end.clients())).isEqualTo(values(start.clients()));
    assertThat(values(end.contactPersons())).isEqualTo(values(start.contactPersons()));
    assertThat(values(end.counterparties())).isEqualTo(values(start.counterparties()));
    assertThat(values(end.interactions())).isEqualTo(values(start.interactions()));
    assertThat(values(end.interests())).isEqualTo(values(start.interests()));
    assertThat(values(end.payments())).isEqualTo(values(start.payments()));
    assertThat(values(end.shipments())).isEqualTo(values(start.shipments()));
    assertThat(values(end.tasks())).isEqualTo(values(start.tasks()));
    assertThat(fixture.base.referenceRewriter().all()).isEqualTo(documentsBefore);
  }

  /** Decodes one request and runs it; a documented refusal or collision is a result, not a failure. */
  private static void run(DuplicateMerger merger, int request, List<MergeId> merged, AtomicLong mergedCount) {
    int what = request % 10;
    int first = (request / 10) % CLIENTS;
    boolean swap = (request / 100) % 2 == 1;
    try {
      MergeResult result;
      if (what < 6) {
        // neighbours only, so that pairs overlap: A-B, B-C, and the same pairs both ways
        ClientId a = ClientId.of("c-" + first);
        ClientId b = ClientId.of("c-" + (first + 1) % CLIENTS);
        result = merger.merge(MergeRequest.ofClients(List.of(a, b)).withSurvivor(swap ? b : a));
      } else if (what < 8) {
        ContactPersonId a = ContactPersonId.of("p-" + first % PERSONS);
        ContactPersonId b = ContactPersonId.of("p-" + (first + 1) % PERSONS);
        result = merger.merge(MergeRequest.ofContactPersons(List.of(a, b)).withSurvivor(swap ? b : a));
      } else {
        if (merged.isEmpty()) {
          return;
        }
        result = merger.undo(merged.get((request / 10) % merged.size()));
      }
      if (result.outcome() == MergeResult.Outcome.MERGED) {
        mergedCount.incrementAndGet();
        merged.add(result.merge().orElseThrow());
      }
    } catch (MergeRefusedException | ConcurrentUpdateException documented) {
      // documented results: a merge that would chain, an undo a later change blocks, a race lost too often
      assertThat(documented.getMessage()).isNotBlank();
    }
  }

  private static void assertNoCyclesNoChainsAndJournalAgrees(MatchingFixture fixture, List<MergeRecord> journal) {
    Map<EntityId, EntityId> into = new HashMap<>();
    for (Versioned<Client> c : fixture.base.clientStore().page(100)) {
      c.value().mergedInto().ifPresent(s -> into.put(c.value().id(), s));
    }
    for (Versioned<ContactPerson> p : fixture.base.contactPersonStore().page(100)) {
      p.value().mergedInto().ifPresent(s -> into.put(p.value().id(), s));
    }
    for (Map.Entry<EntityId, EntityId> link : into.entrySet()) {
      assertThat(into).as("%s is merged into %s, which must be in use", link.getKey(), link.getValue())
          .doesNotContainKey(link.getValue());
    }
    Map<EntityId, EntityId> applied = new HashMap<>();
    for (MergeRecord record : journal) {
      if (record.state() == MergeState.APPLIED) {
        for (EntityId card : record.merged()) {
          assertThat(applied.put(card, record.survivor())).as("%s merged by two applied merges", card).isNull();
        }
      }
    }
    assertThat(applied).as("the applied merges are exactly the marks on the cards").isEqualTo(into);
  }

  /** Undoes every applied merge, later ones first; a journal with no merge at all is already undone. */
  private static void undoEverything(MatchingFixture fixture) {
    List<String> refusals = new ArrayList<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      List<MergeRecord> open = new ArrayList<>(fixture.journal.all().stream().map(Versioned::value)
          .filter(r -> r.state() == MergeState.APPLIED).toList());
      Collections.reverse(open);
      for (MergeRecord record : open) {
        try {
          assertThat(fixture.merger.undo(record.id()).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
          progress = true;
        } catch (MergeRefusedException later) {
          // a later merge must be undone first; the next pass does
          refusals.add(record.id() + ": " + later.getMessage());
        }
      }
    }
    assertThat(fixture.journal.all()).as("undone after %s; journal %s", refusals, fixture.journal.all())
        .extracting(r -> r.value().state()).isSubsetOf(MergeState.UNDONE);
  }

  private static <T> List<T> values(List<Versioned<T>> records) {
    return records.stream().map(Versioned::value).toList();
  }

  /**
   * Clients with a payment, a task, an interaction and a document each; contact persons linked
   * to clients of their own, which no request merges (undoing a contact person merge puts a
   * client's link back at the end of its list, so a later undo of a client merge on that client
   * would be refused; that is not what this property is about).
   */
  private static void fill(InMemoryClientbase base) {
    for (int i = 0; i < PERSONS; i++) {
      base.contactPersonStore().insert(ContractFixtures.contactPerson("p-" + i, i));
      base.clientStore().insert(Client.builder().from(ContractFixtures.client("d-" + i, 10 + i))
          .addContacts(ClientContact.of(ContactPersonId.of("p-" + i))).build());
    }
    for (int i = 0; i < CLIENTS; i++) {
      ClientId id = ClientId.of("c-" + i);
      base.clientStore().insert(ContractFixtures.client("c-" + i, i));
      base.paymentStore().insert(ContractFixtures.payment("pay-" + i, id, i));
      base.taskStore().insert(ContractFixtures.task("t-" + i, id, i));
      base.interactionStore().insert(ContractFixtures.interaction("e-" + i, id, i));
      base.referenceRewriter().addDocument("order-" + i, List.of(id));
    }
  }
}
