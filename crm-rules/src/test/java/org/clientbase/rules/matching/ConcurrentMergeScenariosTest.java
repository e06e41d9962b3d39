package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.Clientbase;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * Two hosts merge the same pairs at the same moment: each plans every merge from the same reads
 * before either writes (a journal that holds both at the point between planning and applying
 * makes that interleaving certain). Each pair is merged exactly once, with one applied record,
 * never both ways, and undoing everything gives back the starting base.
 */
class ConcurrentMergeScenariosTest {
  private static final int CLIENT_PAIRS = 20;
  private static final int PERSON_PAIRS = 5;

  @Test
  void samePairsSameSurvivorsSameOrderAreMergedOnce() {
    scenario(false);
  }

  @Test
  void samePairsOppositeSurvivorsAreMergedOnceAndNeverBothWays() {
    scenario(true);
  }

  private static void scenario(boolean opposite) {
    MatchingFixture fixture = new MatchingFixture();
    fill(fixture.base);
    InMemoryClientbase.Snapshot start = fixture.base.snapshot();
    CyclicBarrier planned = new CyclicBarrier(2);
    MergeJournal meeting = new MeetingJournal(fixture.journal, planned);
    Clientbase meetingBase = new ForwardingClientbase(fixture.base) {
      @Override
      public MergeJournal mergeJournal() {
        return meeting;
      }
    };
    DuplicateMerger first = fixture.mergerBuilder(fixture.base.unitOfWork()).build();
    DuplicateMerger second = DuplicateMerger.builder().clientbase(meetingBase).clock(fixture.clock).build();
    DuplicateMerger firstMeeting = DuplicateMerger.builder().clientbase(meetingBase).clock(fixture.clock).build();
    List<MergeResult> results = new CopyOnWriteArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    Thread a = host(firstMeeting, false, results, failures);
    Thread b = host(second, opposite, results, failures);
    a.start();
    b.start();
    join(a);
    join(b);
    assertThat(failures).as("no exception reaches either host").isEmpty();
    assertThat(first).isNotNull();

    long merged = results.stream().filter(r -> r.outcome() == MergeResult.Outcome.MERGED).count();
    long already = results.stream().filter(r -> r.outcome() == MergeResult.Outcome.ALREADY_MERGED).count();
    assertThat(merged).as("each pair merged once").isEqualTo(CLIENT_PAIRS + PERSON_PAIRS);
    assertThat(already).as("the other host finds each pair merged").isEqualTo(CLIENT_PAIRS + PERSON_PAIRS);
    List<MergeRecord> journal = fixture.journal.all().stream().map(Versioned::value).toList();
    assertThat(journal).as("one applied record per applied merge").hasSize(CLIENT_PAIRS + PERSON_PAIRS)
        .allSatisfy(r -> assertThat(r.state()).isEqualTo(MergeState.APPLIED));
    for (Versioned<Client> client : fixture.base.clientStore().page(1000)) {
      client.value().mergedInto().ifPresent(into -> assertThat(fixture.base.clientStore().find(into)
          .orElseThrow().value().mergedInto()).as("no cycle, no chain through " + into).isEmpty());
    }
    List<MergeRecord> lastFirst = new ArrayList<>(journal);
    lastFirst.sort(java.util.Comparator.comparingInt(
        (MergeRecord r) -> Integer.parseInt(r.id().value().replaceAll("\\D", ""))).reversed());
    for (MergeRecord record : lastFirst) {
      assertThat(first.undo(record.id()).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
    }
    InMemoryClientbase.Snapshot end = fixture.base.snapshot();
    assertThat(values(end.clients())).isEqualTo(values(start.clients()));
    assertThat(values(end.contactPersons())).isEqualTo(values(start.contactPersons()));
    assertThat(values(end.payments())).isEqualTo(values(start.payments()));
    assertThat(values(end.tasks())).isEqualTo(values(start.tasks()));
    assertThat(values(end.interactions())).isEqualTo(values(start.interactions()));
    assertThat(end.documents()).isEqualTo(start.documents());
  }

  private static Thread host(DuplicateMerger merger, boolean opposite, List<MergeResult> results,
      List<Throwable> failures) {
    return new Thread(() -> {
      try {
        for (int i = 0; i < CLIENT_PAIRS; i++) {
          ClientId x = ClientId.of("c-" + (2 * i));
          ClientId y = ClientId.of("c-" + (2 * i + 1));
          results.add(merger.merge(MergeRequest.ofClients(List.of(x, y)).withSurvivor(opposite ? y : x)));
        }
        for (int i = 0; i < PERSON_PAIRS; i++) {
          ContactPersonId x = ContactPersonId.of("p-" + (2 * i));
          ContactPersonId y = ContactPersonId.of("p-" + (2 * i + 1));
          results.add(merger.merge(MergeRequest.ofContactPersons(List.of(x, y)).withSurvivor(opposite ? y : x)));
        }
      } catch (Throwable t) {
        failures.add(t);
      }
    });
  }

  private static void join(Thread thread) {
    try {
      thread.join(120_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(thread.isAlive()).as("a host is stuck").isFalse();
  }

  private static <T> List<T> values(List<Versioned<T>> records) {
    return records.stream().map(Versioned::value).toList();
  }

  /**
   * Clients in pairs, each with a payment, a task, an interaction and a document; contact
   * persons in pairs, each linked to a client of its own.
   */
  private static void fill(InMemoryClientbase base) {
    for (int i = 0; i < 2 * PERSON_PAIRS; i++) {
      base.contactPersonStore().insert(ContractFixtures.contactPerson("p-" + i, i));
      base.clientStore().insert(Client.builder().from(ContractFixtures.client("d-" + i, 100 + i))
          .addContacts(ClientContact.of(ContactPersonId.of("p-" + i))).build());
    }
    for (int i = 0; i < 2 * CLIENT_PAIRS; i++) {
      ClientId id = ClientId.of("c-" + i);
      base.clientStore().insert(ContractFixtures.client("c-" + i, i));
      base.paymentStore().insert(ContractFixtures.payment("pay-" + i, id, i % 28));
      base.taskStore().insert(ContractFixtures.task("t-" + i, id, i % 28));
      base.interactionStore().insert(ContractFixtures.interaction("e-" + i, id, i % 28));
      base.referenceRewriter().addDocument("order-" + i, List.of(id));
    }
  }

  /**
   * A journal that holds each host at the point between planning a merge and applying it until
   * the other host has planned its own; a merge planned again after a collision passes at once.
   */
  private static final class MeetingJournal implements MergeJournal {
    private final MergeJournal journal;
    private final CyclicBarrier planned;
    private final ThreadLocal<List<EntityId>> met = ThreadLocal.withInitial(ArrayList::new);

    MeetingJournal(MergeJournal journal, CyclicBarrier planned) {
      this.journal = journal;
      this.planned = planned;
    }

    @Override
    public Versioned<MergeRecord> insert(MergeRecord value) {
      List<EntityId> cards = new ArrayList<>(value.merged());
      cards.add(value.survivor());
      cards.sort(java.util.Comparator.comparing(EntityId::value));
      if (!met.get().contains(cards.get(0))) {
        met.get().add(cards.get(0));
        try {
          planned.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other host did not plan the same merge", e);
        }
      }
      return journal.insert(value);
    }

    @Override
    public Optional<Versioned<MergeRecord>> find(MergeId id) {
      return journal.find(id);
    }

    @Override
    public Map<MergeId, Versioned<MergeRecord>> findAll(Collection<MergeId> ids) {
      return journal.findAll(ids);
    }

    @Override
    public Versioned<MergeRecord> update(MergeRecord value, long expectedVersion) {
      return journal.update(value, expectedVersion);
    }

    @Override
    public List<Versioned<MergeRecord>> page(PageRequest<MergeId> request) {
      return journal.page(request);
    }

    @Override
    public long count() {
      return journal.count();
    }

    @Override
    public List<Versioned<MergeRecord>> findByState(MergeState state, int limit) {
      return journal.findByState(state, limit);
    }

    @Override
    public List<Versioned<MergeRecord>> findByCard(EntityId card) {
      return journal.findByCard(card);
    }
  }

}
