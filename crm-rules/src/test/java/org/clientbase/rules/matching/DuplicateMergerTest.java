package org.clientbase.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.matching.Cards.company;
import static org.clientbase.rules.matching.Cards.counterparty;
import static org.clientbase.rules.matching.Cards.email;
import static org.clientbase.rules.matching.Cards.person;
import static org.clientbase.rules.matching.Cards.phone;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.card.Source;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.matching.FieldConflict;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeState;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.InjectedFailure;
import org.junit.jupiter.api.Test;

class DuplicateMergerTest {
  private final MatchingFixture fixture = new MatchingFixture();
  private final ClientId c1 = ClientId.of("c-1");
  private final ClientId c2 = ClientId.of("c-2");

  private Client stored(ClientId id) {
    return fixture.base.clientStore().find(id).orElseThrow().value();
  }

  /** ООО «Ромашка» entered twice: the second card has an email, a comment and a payment. */
  private void romashkaTwice() {
    fixture.base.clientStore().insert(company("c-1", "ООО «Ромашка»").addPhones(phone("+7 495 123-45-67"))
        .responsible(UserId.of("manager-1")).comment("Key account").createdOn(LocalDate.of(2024, 2, 1)).build());
    fixture.base.clientStore().insert(company("c-2", "Romashka LLC").addPhones(phone("8 495 123 45 67"))
        .addEmails(email("info@romashka.ru")).source(Source.of("Exhibition")).comment("Met at the fair")
        .createdOn(LocalDate.of(2025, 6, 1)).build());
    fixture.base.counterpartyStore().insert(counterparty("k-2", "c-2", "ООО «Ромашка»", Cards.INN));
    fixture.base.interestStore().insert(ContractFixtures.interest("i-1", c2, 3));
    fixture.base.paymentStore().insert(ContractFixtures.payment("pay-1", c2, 5));
    fixture.base.paymentStore().insert(ContractFixtures.payment("pay-2", c1, 6));
    fixture.base.referenceRewriter().addDocument("invoice-7", List.of(c2));
    fixture.reindexAll();
  }

  @Test
  void theSurvivorTakesTheOthersEmptyFieldsAndTheirConflictingValuesAreKept() {
    romashkaTwice();
    MergeResult result = fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1));
    assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
    Client survivor = stored(c1);
    assertThat(survivor.emails()).containsExactly(email("info@romashka.ru"));
    assertThat(survivor.source()).contains(Source.of("Exhibition"));
    assertThat(survivor.comment()).contains("Key account");
    assertThat(survivor.name()).isEqualTo("ООО «Ромашка»");
    assertThat(result.conflicts()).extracting(FieldConflict::field).containsExactlyInAnyOrder("name", "createdOn", "comment");
    assertThat(result.conflicts()).contains(new FieldConflict("comment", c2, "Key account", "Met at the fair"));
    assertThat(fixture.journal.find(result.merge().orElseThrow()).orElseThrow().value().conflicts())
        .isEqualTo(result.conflicts());
  }

  @Test
  void theMergedCardIsMarkedNotDeletedAndEveryReferenceMovesToTheSurvivor() {
    romashkaTwice();
    MergeResult result = fixture.merger.merge(MergeRequest.ofClients(List.of(c2, c1)).withSurvivor(c1));
    assertThat(stored(c2).mergedInto()).contains(c1);
    assertThat(fixture.base.counterpartyStore().find(CounterpartyId.of("k-2")).orElseThrow().value().client()).isEqualTo(c1);
    assertThat(fixture.base.interestStore().find(InterestId.of("i-1")).orElseThrow().value().client()).contains(c1);
    assertThat(fixture.base.paymentStore().find(PaymentId.of("pay-1")).orElseThrow().value().client()).isEqualTo(c1);
    assertThat(fixture.base.referenceRewriter().references("invoice-7")).containsExactly(c1);
    assertThat(result.movedReferences()).isEqualTo(3);
    assertThat(result.movedDocuments()).isEqualTo(1);
    assertThat(fixture.index.keys(c2)).as("a merged card is no longer a candidate").isEmpty();
    assertThat(fixture.index.keys(c1)).contains("inn:" + Cards.INN, "mail:info@romashka.ru");
    assertThat(fixture.merger.history(c2)).singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(MergeState.APPLIED));
  }

  @Test
  void theSurvivorIsTheMostCompleteOrTheOldestCard() {
    romashkaTwice();
    MatchingFixture other = new MatchingFixture();
    fixture.base.clientStore().all().forEach(c -> other.base.clientStore().insert(c.value()));
    assertThat(fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2))).survivor()).isEqualTo(c2);
    assertThat(other.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).choosing(SurvivorChoice.OLDEST)).survivor())
        .isEqualTo(c1);
  }

  @Test
  void mergingAgainChangesNothing() {
    romashkaTwice();
    fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)));
    InMemoryClientbase.Snapshot after = fixture.base.snapshot();
    MergeResult again = fixture.merger.merge(MergeRequest.ofClients(List.of(c2, c1)));
    assertThat(again.outcome()).isEqualTo(MergeResult.Outcome.ALREADY_MERGED);
    assertThat(fixture.base.snapshot()).isEqualTo(after);
    assertThat(fixture.journal.count()).isEqualTo(1);
  }

  @Test
  void anUndoneMergeGivesBackTheCardsAndTheReferences() {
    romashkaTwice();
    Client first = stored(c1);
    Client second = stored(c2);
    MergeResult merged = fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1));
    MergeResult undone = fixture.merger.undo(merged.merge().orElseThrow());
    assertThat(undone.outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
    assertThat(stored(c1)).isEqualTo(first);
    assertThat(stored(c2)).isEqualTo(second);
    assertThat(fixture.base.interestStore().find(InterestId.of("i-1")).orElseThrow().value().client()).contains(c2);
    assertThat(fixture.base.paymentStore().find(PaymentId.of("pay-2")).orElseThrow().value().client()).isEqualTo(c1);
    assertThat(fixture.base.referenceRewriter().references("invoice-7")).containsExactly(c2);
    assertThat(fixture.index.keys(c2)).isNotEmpty();
    assertThat(fixture.merger.undo(merged.merge().orElseThrow()).outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UNDONE);
  }

  @Test
  void anUndoKeepsLaterChangesToOtherFieldsAndRefusesToOverwriteAFilledOne() {
    romashkaTwice();
    MergeResult merged = fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1));
    Client survivor = stored(c1);
    fixture.base.clientStore().update(Client.builder().from(survivor).responsible(UserId.of("manager-9")).build(), 2);
    fixture.merger.undo(merged.merge().orElseThrow());
    assertThat(stored(c1).responsible()).contains(UserId.of("manager-9"));
    assertThat(stored(c1).emails()).isEmpty();

    MatchingFixture second = new MatchingFixture();
    second.base.clientStore().insert(company("c-1", "Ромашка").build());
    second.base.clientStore().insert(company("c-2", "Ромашка").addEmails(email("info@romashka.ru")).build());
    MergeId id = second.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)).merge().orElseThrow();
    Client filled = second.base.clientStore().find(c1).orElseThrow().value();
    second.base.clientStore().update(Client.builder().from(filled).emails(List.of(email("sales@romashka.ru"))).build(), 2);
    InMemoryClientbase.Snapshot before = second.base.snapshot();
    assertThatThrownBy(() -> second.merger.undo(id)).isInstanceOf(MergeRefusedException.class)
        .hasMessageContaining("cannot undo: card c-1 changed since the merge");
    assertThat(second.base.snapshot()).isEqualTo(before);
  }

  @Test
  void aFailingStoreLeavesNothingHalfMerged() {
    romashkaTwice();
    InMemoryClientbase.Snapshot before = fixture.base.snapshot();
    for (long call = 1; call <= 12; call++) {
      fixture.base.faults().arm(FailurePlan.atCall(call).writesOnly());
      try {
        fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1));
      } catch (InjectedFailure expected) {
        assertThat(fixture.base.snapshot()).as("after a failure at write %d", call).isEqualTo(before);
        assertThat(fixture.journal.count()).isZero();
        continue;
      } finally {
        fixture.base.faults().disarm();
      }
      break;
    }
    assertThat(stored(c2).mergedInto()).contains(c1);
  }

  @Test
  void aMergeLeftHalfDoneOnAHostWithoutTransactionsIsFinishedByResume() {
    romashkaTwice();
    DuplicateMerger direct = fixture.mergerBuilder(UnitOfWork.direct()).build();
    fixture.base.faults().arm(FailurePlan.atCall(4).writesOnly());
    assertThatThrownBy(() -> direct.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)))
        .isInstanceOf(InjectedFailure.class);
    fixture.base.faults().disarm();
    assertThat(fixture.journal.findByState(MergeState.STARTED, 10)).hasSize(1);
    List<MergeResult> resumed = direct.resume();
    assertThat(resumed).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo(MergeResult.Outcome.RESUMED));
    assertThat(fixture.journal.findByState(MergeState.STARTED, 10)).isEmpty();
    assertThat(stored(c2).mergedInto()).contains(c1);
    assertThat(stored(c1).emails()).containsExactly(email("info@romashka.ru"));
    assertThat(fixture.base.interestStore().find(InterestId.of("i-1")).orElseThrow().value().client()).contains(c1);
    assertThat(fixture.base.referenceRewriter().references("invoice-7")).containsExactly(c1);
    assertThat(direct.resume()).isEmpty();
  }

  @Test
  void contactPersonsAreMergedAndTheClientsLinksFollow() {
    ContactPersonId p1 = ContactPersonId.of("p-1");
    ContactPersonId p2 = ContactPersonId.of("p-2");
    fixture.base.contactPersonStore().insert(person("p-1", "Иванов", "Сергей").addPhones(phone("+7 916 000-00-01")).build());
    fixture.base.contactPersonStore().insert(person("p-2", "Sergey", "Ivanov").addEmails(email("s@romashka.ru"))
        .position("Director").build());
    fixture.base.clientStore().insert(company("c-1", "ООО «Ромашка»")
        .addContacts(ClientContact.builder().contactPerson(p2).role("CEO").keyPerson(true).build()).build());
    fixture.base.clientStore().insert(company("c-2", "ООО «Вектор»")
        .addContacts(ClientContact.of(p1), ClientContact.builder().contactPerson(p2).role("Buyer").build()).build());
    fixture.base.referenceRewriter().addDocument("meeting-1", List.of(p2, c1));
    Client romashka = stored(c1);
    Client vector = stored(c2);

    MergeResult result = fixture.merger.merge(MergeRequest.ofContactPersons(List.of(p1, p2)).withSurvivor(p1));
    ContactPerson survivor = fixture.base.contactPersonStore().find(p1).orElseThrow().value();
    assertThat(survivor.emails()).containsExactly(email("s@romashka.ru"));
    assertThat(survivor.position()).contains("Director");
    assertThat(stored(c1).contacts()).containsExactly(
        ClientContact.builder().contactPerson(p1).role("CEO").keyPerson(true).build());
    assertThat(stored(c2).contacts()).extracting(ClientContact::contactPerson).containsExactly(p1);
    assertThat(fixture.base.referenceRewriter().references("meeting-1")).containsExactlyInAnyOrder(p1, c1);

    fixture.merger.undo(result.merge().orElseThrow());
    assertThat(stored(c1)).isEqualTo(romashka);
    assertThat(stored(c2).contacts()).containsExactlyInAnyOrderElementsOf(vector.contacts());
    assertThat(fixture.base.contactPersonStore().find(p2).orElseThrow().value().mergedInto()).isEmpty();
    assertThat(fixture.base.referenceRewriter().references("meeting-1")).containsExactlyInAnyOrder(p2, c1);
  }

  @Test
  void aCardOthersAreMergedIntoCanOnlyBeTheSurvivorSoMergesNeverChain() {
    romashkaTwice();
    ClientId c3 = ClientId.of("c-3");
    fixture.base.clientStore().insert(company("c-3", "Ромашка").build());
    MergeId first = fixture.merger.merge(MergeRequest.ofClients(List.of(c1, c2)).withSurvivor(c1)).merge().orElseThrow();
    long records = fixture.journal.count();
    assertThatThrownBy(() -> fixture.merger.merge(MergeRequest.ofClients(List.of(c3, c2)).withSurvivor(c3)))
        .isInstanceOf(MergeRefusedException.class)
        .hasMessage("card c-1 is the survivor of merge merge-1 ([c-2] merged into it), so it cannot be merged into"
            + " c-3; make c-1 the survivor, or undo that merge first");
    assertThat(fixture.journal.count()).isEqualTo(records);
    assertThat(stored(c1).mergedInto()).isEmpty();
    MergeId second = fixture.merger.merge(MergeRequest.ofClients(List.of(c3, c2)).withSurvivor(c2)).merge().orElseThrow();
    assertThat(stored(c3).mergedInto()).as("c-2 stands for c-1").contains(c1);
    assertThat(stored(c2).mergedInto()).contains(c1);
    assertThat(fixture.merger.undo(first).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
    assertThat(fixture.merger.undo(second).outcome()).isEqualTo(MergeResult.Outcome.UNDONE);
    assertThat(stored(c3).mergedInto()).isEmpty();
  }

  @Test
  void aMergeOfUnknownCardsIsRefused() {
    fixture.base.clientStore().insert(company("c-1", "Ромашка").build());
    assertThatThrownBy(() -> fixture.merger.merge(MergeRequest.ofClients(List.of(c1, ClientId.of("c-9")))))
        .isInstanceOf(MergeRefusedException.class).hasMessage("card c-9 does not exist");
    assertThatThrownBy(() -> MergeRequest.ofClients(List.of(c1, c1)))
        .hasMessageContaining("needs at least two different cards");
    assertThatThrownBy(() -> fixture.merger.undo(MergeId.of("m-404"))).hasMessage("there is no merge m-404");
    assertThat(Optional.of(fixture.journal.count())).contains(0L);
  }
}
