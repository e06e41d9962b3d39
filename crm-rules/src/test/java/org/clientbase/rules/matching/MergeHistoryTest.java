package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.counterparty;
import static org.clientbase.rules.matching.Cards.email;
import static org.clientbase.rules.matching.Cards.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clientbase.spi.ForwardingClientbase;
import org.clientbase.spi.Clientbase;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.TestClock;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.InjectedFailure;
import org.junit.jupiter.api.Test;

class MergeHistoryTest {
  static final UserId CREATOR = UserId.of("manager-1");
  static final UserId MERGER = UserId.of("manager-2");
  static final UserId SYSTEM = UserId.of("system");
  static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant MERGED = CREATED.plus(Duration.ofDays(1));
  static final Instant UNDONE = CREATED.plus(Duration.ofDays(2));

  private final ClientId c1 = ClientId.of("c-1");
  private final ClientId c2 = ClientId.of("c-2");
  private final ContactPersonId p1 = ContactPersonId.of("p-1");
  private final ContactPersonId p2 = ContactPersonId.of("p-2");

  /** A client base whose cards are written through the card history, and a merger recording it. */
  private static final class World {
    final MatchingFixture fixture = new MatchingFixture();
    final InMemoryClientbase base = fixture.base;
    final TestClock clock = new TestClock(CREATED, ZoneOffset.UTC);
    final CardHistory history = CardHistory.builder()
        .clientbase(base).clock(clock).accessPolicy(AccessPolicy.allowAll())
        .build();
    final DuplicateMerger merger = merger(base.unitOfWork());

    DuplicateMerger merger(UnitOfWork unitOfWork) {
      return builder(unitOfWork).recordHistory(history, SYSTEM).build();
    }

    DuplicateMerger.Builder builder(UnitOfWork unitOfWork) {
      Clientbase withUnitOfWork = new ForwardingClientbase(base) {
        @Override
        public UnitOfWork unitOfWork() {
          return unitOfWork;
        }
      };
      return DuplicateMerger.builder().clientbase(withUnitOfWork).clock(clock).duplicateControl(fixture.control);
    }

    Client client(ClientId id) {
      return base.clientStore().find(id).orElseThrow().value();
    }

    ContactPerson person(ContactPersonId id) {
      return base.contactPersonStore().find(id).orElseThrow().value();
    }

    List<CardRevision<Client>> revisions(ClientId id) {
      return history.revisions(CREATOR, id);
    }

    List<CardRevision<ContactPerson>> revisions(ContactPersonId id) {
      return history.revisions(CREATOR, id);
    }

    /** ООО «Ромашка» entered twice through the card history; the second card has more fields and a payment. */
    void romashkaTwice() {
      history.createClient(CREATOR, company("c-1", "ООО «Ромашка»").addPhones(phone("+7 495 123-45-67"))
          .comment("Key account").createdOn(LocalDate.of(2024, 2, 1)).build());
      history.createClient(CREATOR, company("c-2", "Romashka LLC").addPhones(phone("8 495 123 45 67"))
          .addEmails(email("info@romashka.ru")).source(Source.of("Exhibition")).build());
      base.counterpartyStore().insert(counterparty("k-2", "c-2", "ООО «Ромашка»", Cards.INN));
      base.paymentStore().insert(ContractFixtures.payment("pay-1", ClientId.of("c-2"), 5));
      base.referenceRewriter().addDocument("invoice-7", List.of(ClientId.of("c-2")));
      fixture.reindexAll();
      clock.set(MERGED);
    }

    /** Two cards of Sergey Ivanov and two clients linking them, all written through the card history. */
    void ivanovTwice() {
      ContactPersonId second = ContactPersonId.of("p-2");
      history.createContactPerson(CREATOR, Cards.person("p-1", "Иванов", "Сергей")
          .addPhones(phone("+7 916 000-00-01")).build());
      history.createContactPerson(CREATOR, Cards.person("p-2", "Sergey", "Ivanov")
          .addEmails(email("s@romashka.ru")).position("Director").build());
      history.createClient(CREATOR, company("c-1", "ООО «Ромашка»")
          .addContacts(ClientContact.builder().contactPerson(second).role("CEO").keyPerson(true).build()).build());
      history.createClient(CREATOR, company("c-2", "ООО «Вектор»")
          .addContacts(ClientContact.of(ContactPersonId.of("p-1")),
              ClientContact.builder().contactPerson(second).role("Buyer").build()).build());
      clock.set(MERGED);
    }
  }

  private static <C> List<CardRevision<C>> updates(List<CardRevision<C>> revisions) {
    return revisions.stream().filter(r -> r.kind() == RevisionKind.UPDATED).toList();
  }

  @Test
  void aMergeRecordsOneRevisionForTheSurvivorAndOneForEachMergedCardByItsAuthorAtTheClockInstant() {
    World w = new World();
    w.romashkaTwice();
    Client first = w.client(c1);
    Client second = w.client(c2);

    w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));

    List<CardRevision<Client>> survivor = w.revisions(c1);
    assertThat(survivor).extracting(CardRevision::kind).containsExactly(RevisionKind.CREATED, RevisionKind.UPDATED);
    CardRevision<Client> filled = survivor.get(1);
    assertThat(filled.author()).contains(MERGER);
    assertThat(filled.at()).isEqualTo(MERGED);
    assertThat(filled.cardVersion()).isEqualTo(2);
    assertThat(filled.diff()).isEqualTo(CardDiff.between(first, w.client(c1)));
    assertThat(filled.diff().changedFields()).contains("emails", "source");

    List<CardRevision<Client>> merged = w.revisions(c2);
    assertThat(merged).hasSize(2);
    assertThat(merged.get(1).author()).contains(MERGER);
    assertThat(merged.get(1).at()).isEqualTo(MERGED);
    assertThat(merged.get(1).diff()).isEqualTo(CardDiff.between(second, w.client(c2)));
    assertThat(w.history.timeline(CREATOR, c2).current()).map(Client::mergedInto).contains(Optional.of(c1));
    assertThat(w.history.timeline(CREATOR, c1).current()).contains(w.client(c1));
  }

  @Test
  void asOfBeforeTheMergeShowsTheOriginalCardsAndAfterItTheMergedOnes() {
    World w = new World();
    w.romashkaTwice();
    Client first = w.client(c1);
    Client second = w.client(c2);

    MergeId merge = w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)).merge().orElseThrow();
    Client survivor = w.client(c1);
    Client marked = w.client(c2);

    assertThat(w.history.asOf(CREATOR, c1, MERGED.minusSeconds(1))).contains(first);
    assertThat(w.history.asOf(CREATOR, c2, MERGED.minusSeconds(1))).contains(second);
    assertThat(w.history.asOf(CREATOR, c1, MERGED)).contains(survivor);
    assertThat(w.history.asOf(CREATOR, c2, MERGED)).contains(marked);
    assertThat(marked.mergedInto()).contains(c1);

    w.clock.set(UNDONE);
    w.merger.undo(merge, CREATOR);
    assertThat(w.history.asOf(CREATOR, c1, UNDONE)).contains(first);
    assertThat(w.history.asOf(CREATOR, c2, UNDONE)).contains(second);
    assertThat(w.history.asOf(CREATOR, c1, UNDONE.minusSeconds(1))).contains(survivor);
    assertThat(w.history.asOf(CREATOR, c2, UNDONE.minusSeconds(1))).contains(marked);
  }

  @Test
  void anUndoRecordsTheReverseRevisionsByItsUserOrElseTheDefaultAuthor() {
    World w = new World();
    w.romashkaTwice();
    MergeId merge = w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)).merge().orElseThrow();
    Client survivor = w.client(c1);
    Client marked = w.client(c2);
    assertThat(updates(w.revisions(c1))).singleElement().satisfies(r -> assertThat(r.author()).contains(SYSTEM));

    w.clock.set(UNDONE);
    w.merger.undo(merge, MERGER);

    CardRevision<Client> emptied = w.revisions(c1).get(2);
    assertThat(emptied.author()).contains(MERGER);
    assertThat(emptied.at()).isEqualTo(UNDONE);
    assertThat(emptied.diff()).isEqualTo(CardDiff.between(survivor, w.client(c1)));
    assertThat(emptied.diff().changedFields()).contains("emails", "source");
    CardRevision<Client> unmarked = w.revisions(c2).get(2);
    assertThat(unmarked.author()).contains(MERGER);
    assertThat(unmarked.diff()).isEqualTo(CardDiff.between(marked, w.client(c2)));
    assertThat(w.client(c2).mergedInto()).isEmpty();

    assertThat(w.merger.undo(merge, MERGER).outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UNDONE);
    assertThat(w.revisions(c1)).hasSize(3);

    World other = new World();
    other.romashkaTwice();
    MergeId again = other.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)).merge().orElseThrow();
    other.merger.undo(again);
    assertThat(other.revisions(c1).get(2).author()).contains(SYSTEM);
    assertThat(other.revisions(c2).get(2).author()).contains(SYSTEM);
  }

  @Test
  void aContactPersonMergeRecordsTheSurvivorTheMergedPersonAndEveryRelinkedClient() {
    World w = new World();
    w.ivanovTwice();
    ContactPerson first = w.person(p1);
    ContactPerson second = w.person(p2);
    Client romashka = w.client(c1);
    Client vector = w.client(c2);

    MergeId merge = w.merger.merge(MergeRequest.ofContactPersons(List.of(p1, p2)).withSurvivor(p1).withAuthor(MERGER))
        .merge().orElseThrow();

    assertThat(updates(w.revisions(p1))).singleElement().satisfies(r -> {
      assertThat(r.author()).contains(MERGER);
      assertThat(r.diff()).isEqualTo(CardDiff.between(first, w.person(p1)));
    });
    assertThat(updates(w.revisions(p2))).singleElement().satisfies(r -> {
      assertThat(r.author()).contains(MERGER);
      assertThat(r.diff()).isEqualTo(CardDiff.between(second, w.person(p2)));
      assertThat(r.diff().changedFields()).containsExactly("mergedInto");
    });
    for (ClientId client : List.of(c1, c2)) {
      Client before = client.equals(c1) ? romashka : vector;
      assertThat(updates(w.revisions(client))).as("client %s", client).singleElement().satisfies(r -> {
        assertThat(r.author()).contains(MERGER);
        assertThat(r.at()).isEqualTo(MERGED);
        assertThat(r.diff()).isEqualTo(CardDiff.between(before, w.client(client)));
        assertThat(r.diff().changedFields()).containsExactly("contacts");
      });
    }
    assertThat(w.history.asOf(CREATOR, c1, MERGED.minusSeconds(1))).contains(romashka);

    w.clock.set(UNDONE);
    w.merger.undo(merge, MERGER);
    assertThat(w.history.asOf(CREATOR, p1, UNDONE)).contains(w.person(p1)).contains(first);
    assertThat(w.history.asOf(CREATOR, p2, UNDONE)).contains(second);
    assertThat(w.history.asOf(CREATOR, c1, UNDONE)).contains(romashka);
    assertThat(w.history.asOf(CREATOR, c2, UNDONE)).contains(w.client(c2));
    assertThat(updates(w.revisions(c2))).hasSize(2)
        .allSatisfy(r -> assertThat(r.author()).contains(MERGER));
  }

  @Test
  void aFailingStoreLeavesNeitherTheCardsNorTheirRevisionsAndTheRerunRecordsEachOnce() {
    World w = new World();
    w.romashkaTwice();
    InMemoryClientbase.Snapshot before = w.base.snapshot();
    long failures = 0;
    for (long call = 1; call <= 40; call++) {
      w.base.faults().arm(FailurePlan.atCall(call).writesOnly());
      try {
        w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));
      } catch (InjectedFailure expected) {
        failures++;
        assertThat(w.base.snapshot()).as("after a failure at write %d (%s)", call, expected.operation())
            .isEqualTo(before);
        continue;
      } finally {
        w.base.faults().disarm();
      }
      break;
    }
    assertThat(failures).as("every write of the merge failed once, the history appends among them")
        .isGreaterThanOrEqualTo(5);
    assertThat(w.revisions(c1)).hasSize(2);
    assertThat(w.revisions(c2)).hasSize(2);
    assertThat(w.history.timeline(CREATOR, c1).current()).contains(w.client(c1));
    assertThat(w.history.timeline(CREATOR, c2).current()).contains(w.client(c2));
  }

  /**
   * Merges c2 into c1 for {@code MERGER} with the given write failing.
   *
   * @return the failed operation, or {@code null} if the merge has fewer writes and got through
   */
  private String mergeFailingAtWrite(World w, DuplicateMerger merger, long call) {
    w.base.faults().arm(FailurePlan.atCall(call).writesOnly());
    try {
      merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));
      return null;
    } catch (InjectedFailure expected) {
      return expected.operation();
    } finally {
      w.base.faults().disarm();
    }
  }

  @Test
  void aMergeResumedOnAHostWithoutTransactionsRecordsEveryRevisionItWritesOnce() {
    for (long call = 1; call <= 40; call++) {
      World w = new World();
      w.romashkaTwice();
      DuplicateMerger direct = w.merger(UnitOfWork.direct());
      String failedAt = mergeFailingAtWrite(w, direct, call);
      if (failedAt == null) {
        return;
      }
      if (direct.resume().isEmpty()) {
        assertThat(w.revisions(c1)).as("nothing started after a failure at %s", failedAt).hasSize(1);
        direct.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));
      }
      InMemoryClientbase.Snapshot done = w.base.snapshot();
      assertThat(direct.resume()).isEmpty();
      assertThat(direct.merge(MergeRequest.ofClients(List.of(c1, c2))).outcome())
          .isEqualTo(MergeResult.Outcome.ALREADY_MERGED);
      assertThat(w.base.snapshot()).as("nothing recorded twice").isEqualTo(done);

      for (ClientId card : List.of(c1, c2)) {
        List<CardRevision<Client>> updates = updates(w.revisions(card));
        Versioned<Client> stored = w.base.clientStore().find(card).orElseThrow();
        boolean lost = failedAt.equals("ClientHistoryStore.append")
            && w.revisions(card).get(w.revisions(card).size() - 1).cardVersion() != stored.version();
        if (lost) {
          // the card was written and its revision failed: the next write through the history observes it
          assertThat(updates).as("card %s after a failure at call %d (%s)", card, call, failedAt).isEmpty();
        } else {
          assertThat(updates).as("card %s after a failure at call %d (%s)", card, call, failedAt).singleElement()
              .satisfies(r -> assertThat(r.cardVersion()).isEqualTo(stored.version()));
          assertThat(w.history.timeline(CREATOR, card).current()).contains(stored.value());
        }
      }
    }
    throw new AssertionError("the merge never got through");
  }

  @Test
  void aMergeInterruptedOnAHostWithoutTransactionsAndResumedRecordsTheResumedWritesUnderTheRequestsAuthor() {
    int resumedWrites = 0;
    for (long call = 1; call <= 40; call++) {
      World w = new World();
      w.romashkaTwice();
      DuplicateMerger direct = w.merger(UnitOfWork.direct());
      String failedAt = mergeFailingAtWrite(w, direct, call);
      if (failedAt == null) {
        break;
      }
      int before = updates(w.revisions(c1)).size() + updates(w.revisions(c2)).size();
      List<MergeResult> resumed = direct.resume();
      if (resumed.isEmpty()) {
        continue;
      }
      assertThat(resumed).extracting(MergeResult::outcome).containsExactly(MergeResult.Outcome.RESUMED);
      for (ClientId card : List.of(c1, c2)) {
        assertThat(updates(w.revisions(card))).as("card %s after a failure at call %d (%s)", card, call, failedAt)
            .allSatisfy(r -> assertThat(r.author()).contains(MERGER));
      }
      resumedWrites += updates(w.revisions(c1)).size() + updates(w.revisions(c2)).size() - before;
      assertThat(direct.history(c1)).singleElement().satisfies(record -> {
        assertThat(record.state()).isEqualTo(MergeState.APPLIED);
        assertThat(record.author()).contains(MERGER);
      });
    }
    assertThat(resumedWrites).as("cards the resumed merges wrote themselves").isGreaterThanOrEqualTo(2);
  }

  @Test
  void theJournalNamesWhoAskedForEachMergeAndWhoUndidIt() {
    World w = new World();
    w.romashkaTwice();
    MergeId merge = w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER))
        .merge().orElseThrow();
    assertThat(w.merger.history(c2)).singleElement().satisfies(record -> {
      assertThat(record.author()).contains(MERGER);
      assertThat(record.undoneBy()).isEmpty();
    });
    w.clock.set(UNDONE);
    w.merger.undo(merge, CREATOR);
    assertThat(w.merger.history(c2)).singleElement().satisfies(record -> {
      assertThat(record.state()).isEqualTo(MergeState.UNDONE);
      assertThat(record.author()).contains(MERGER);
      assertThat(record.undoneAt()).contains(UNDONE);
      assertThat(record.undoneBy()).contains(CREATOR);
    });

    World unnamed = new World();
    unnamed.romashkaTwice();
    MergeId byDefault = unnamed.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1))
        .merge().orElseThrow();
    unnamed.merger.undo(byDefault);
    assertThat(unnamed.merger.history(c1)).singleElement().satisfies(record -> {
      assertThat(record.author()).as("the default author").contains(SYSTEM);
      assertThat(record.undoneBy()).as("the default author").contains(SYSTEM);
    });

    World bare = new World();
    bare.romashkaTwice();
    DuplicateMerger withoutHistory = bare.builder(bare.base.unitOfWork()).build();
    MergeId unknown = withoutHistory.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1))
        .merge().orElseThrow();
    withoutHistory.undo(unknown);
    assertThat(withoutHistory.history(c1)).singleElement().satisfies(record -> {
      assertThat(record.author()).isEmpty();
      assertThat(record.undoneBy()).isEmpty();
    });
  }

  @Test
  void aRecordNamesWhoUndidAMergeOnlyOnceItIsUndone() {
    World w = new World();
    w.romashkaTwice();
    w.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));
    MergeRecord applied = w.merger.history(c1).get(0);

    assertThatThrownBy(() -> new MergeRecord(applied.id(), applied.state(), applied.startedAt(), applied.author(),
        Optional.empty(), Optional.of(CREATOR), applied.survivorBefore(), applied.survivorAfter(),
        applied.mergedBefore(), applied.conflicts(), applied.movedReferences(), applied.movedDocuments(),
        applied.note()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("undoneBy").hasMessageContaining("manager-1").hasMessageContaining("UNDONE");
    assertThatThrownBy(() -> applied.withState(MergeState.APPLIED, UNDONE, CREATOR))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("undoneAt");
    assertThatThrownBy(() -> applied.withState(MergeState.UNDONE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("undoneAt");
    MergeRecord undone = applied.withState(MergeState.UNDONE, UNDONE, CREATOR);
    assertThat(undone.undoneBy()).contains(CREATOR);
    assertThat(undone.author()).contains(MERGER);
    assertThat(undone.withState(MergeState.UNDONE, UNDONE).undoneBy()).isEmpty();
    assertThat(undone.withMoved(List.of(), List.of())).satisfies(moved -> {
      assertThat(moved.author()).contains(MERGER);
      assertThat(moved.undoneBy()).contains(CREATOR);
    });
    assertThatThrownBy(() -> new MergeRecord(applied.id(), applied.state(), applied.startedAt(), null,
        applied.undoneAt(), applied.undoneBy(), applied.survivorBefore(), applied.survivorAfter(),
        applied.mergedBefore(), applied.conflicts(), applied.movedReferences(), applied.movedDocuments(),
        applied.note()))
        .isInstanceOf(NullPointerException.class).hasMessage("author");
  }

  @Test
  void aMergerWithoutHistoryRecordsNothingAndHistoryIsSetOnce() {
    World w = new World();
    w.romashkaTwice();
    w.builder(w.base.unitOfWork()).build()
        .merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1).withAuthor(MERGER));
    assertThat(w.revisions(c1)).extracting(CardRevision::kind).containsExactly(RevisionKind.CREATED);
    assertThat(w.client(c2).mergedInto()).contains(c1);

    assertThatThrownBy(() -> w.builder(w.base.unitOfWork()).recordHistory(w.history, SYSTEM)
        .recordHistory(w.history, MERGER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("DuplicateMerger.recordHistory");
    assertThat(MergeRequest.ofClients(List.of(c1, c2)).author()).isEmpty();
    assertThat(MergeRequest.ofClients(List.of(c1, c2)).withAuthor(MERGER).withNote("n").author()).contains(MERGER);
  }
}
