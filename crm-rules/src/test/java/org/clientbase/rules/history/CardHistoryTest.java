package org.clientbase.rules.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.AUDITOR;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;
import static org.clientbase.rules.access.Fixture.T0;
import static org.clientbase.rules.access.Fixture.client;
import static org.clientbase.rules.access.Fixture.person;

import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.history.FieldChange;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.Fixture;
import org.clientbase.rules.access.Permission;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;
import org.clientbase.memory.FailurePlan;
import org.clientbase.memory.InjectedFailure;
import org.junit.jupiter.api.Test;

class CardHistoryTest {
  private final Fixture f = new Fixture();
  private final CardHistory history = CardHistory.builder().clientbase(f.base).clock(f.clock).accessPolicy(f.policy)
      .clientCard(CardHistoryCustomFieldsTest.CLIENT_CARD).build();
  private final Client romashka = Client.builder().from(Fixture.client("c-1", MANAGER_1)).comment("new client").build();

  @Test
  void creatingACardRecordsWhoAndWhenWithTheWholeCard() {
    Versioned<Client> stored = history.createClient(MANAGER_1, romashka);

    assertThat(stored.version()).isEqualTo(1);
    List<CardRevision<Client>> revisions = history.revisions(MANAGER_1, romashka.id());
    assertThat(revisions).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RevisionKind.CREATED);
      assertThat(r.author()).contains(MANAGER_1);
      assertThat(r.at()).isEqualTo(T0);
      assertThat(r.snapshot()).contains(romashka);
      assertThat(r.cardVersion()).isEqualTo(1);
    });
  }

  @Test
  void anUpdateRecordsTheFieldLevelDiffIncludingCustomFields() {
    history.createClient(MANAGER_1, romashka);
    f.clock.advance(Duration.ofHours(1));
    Client changed = Client.builder().from(romashka)
        .name("Ромашка Плюс")
        .addTags(Tag.of("VIP"))
        .putCustomFields("industry", FieldValue.choice("Retail"))
        .build();

    Versioned<Client> stored = history.updateClient(MANAGER_1, changed, 1);

    assertThat(stored.version()).isEqualTo(2);
    CardRevision<Client> update = history.revisions(MANAGER_1, romashka.id()).get(1);
    assertThat(update.kind()).isEqualTo(RevisionKind.UPDATED);
    assertThat(update.author()).contains(MANAGER_1);
    assertThat(update.at()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(update.diff().changedFields()).containsExactly("name", "tags", "custom.industry");
    assertThat(update.diff().changes()).contains(new FieldChange("name", Optional.of("Client c-1"), Optional.of("Ромашка Плюс")));
    assertThat(update.diff().changes().get(2).isCustomField()).isTrue();
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() {
    Versioned<Client> created = history.createClient(MANAGER_1, romashka);
    Versioned<Client> same = history.updateClient(MANAGER_1, romashka, 1);
    assertThat(same).isEqualTo(created);
    assertThat(history.revisions(MANAGER_1, romashka.id())).hasSize(1);
  }

  @Test
  void theCardAsOfAPastInstantIsShown() {
    history.createClient(MANAGER_1, romashka);
    f.clock.advance(Duration.ofDays(1));
    Client renamed = Client.builder().from(romashka).name("Ромашка Плюс").build();
    history.updateClient(MANAGER_1, renamed, 1);
    f.clock.advance(Duration.ofDays(1));
    Client handedOver = Client.builder().from(renamed).responsible(MANAGER_3).build();
    history.updateClient(MANAGER_1, handedOver, 2);

    assertThat(history.asOf(MANAGER_1, romashka.id(), T0.minusSeconds(1))).isEmpty();
    assertThat(history.asOf(MANAGER_1, romashka.id(), T0)).contains(romashka);
    assertThat(history.asOf(MANAGER_1, romashka.id(), T0.plus(Duration.ofHours(30)))).contains(renamed);
    assertThat(history.asOf(MANAGER_1, romashka.id(), T0.plus(Duration.ofDays(2)))).contains(handedOver);
    assertThat(history.timeline(MANAGER_1, romashka.id()).current()).contains(handedOver);
  }

  @Test
  void aChangeMadePastTheLibraryIsRecordedAsObservedBeforeTheNextChange() {
    history.createClient(MANAGER_1, romashka);
    Client byScript = Client.builder().from(romashka).comment("changed by an import").build();
    f.base.clientStore().update(byScript, 1);
    f.clock.advance(Duration.ofMinutes(5));
    Client byManager = Client.builder().from(byScript).addTags(Tag.of("VIP")).build();

    history.updateClient(MANAGER_1, byManager, 2);

    List<CardRevision<Client>> revisions = history.revisions(MANAGER_1, romashka.id());
    assertThat(revisions).extracting(CardRevision::kind)
        .containsExactly(RevisionKind.CREATED, RevisionKind.OBSERVED, RevisionKind.UPDATED);
    CardRevision<Client> observed = revisions.get(1);
    assertThat(observed.author()).isEmpty();
    assertThat(observed.snapshot()).contains(byScript);
    assertThat(observed.diff().changedFields()).containsExactly("comment");
    assertThat(revisions.get(2).author()).contains(MANAGER_1);
    assertThat(revisions.get(2).diff().changedFields()).containsExactly("tags");
    assertThat(history.timeline(MANAGER_1, romashka.id()).current()).contains(byManager);
  }

  @Test
  void aCardStoredBeforeHistoryWasKeptStartsItsHistoryWithAnObservedRevision() {
    f.base.clientStore().insert(romashka);
    Client changed = Client.builder().from(romashka).name("Ромашка Плюс").build();

    history.updateClient(MANAGER_1, changed, 1);

    List<CardRevision<Client>> revisions = history.revisions(MANAGER_1, romashka.id());
    assertThat(revisions).extracting(CardRevision::kind).containsExactly(RevisionKind.OBSERVED, RevisionKind.UPDATED);
    assertThat(revisions.get(0).snapshot()).contains(romashka);
    assertThat(history.asOf(MANAGER_1, romashka.id(), T0)).contains(changed);
  }

  @Test
  void aClockThatStepsBackNeverDatesARevisionBeforeThePreviousOne() {
    history.createClient(MANAGER_1, romashka);
    f.clock.advance(Duration.ofMinutes(-10));
    history.updateClient(MANAGER_1, Client.builder().from(romashka).name("Ромашка Плюс").build(), 1);
    assertThat(history.revisions(MANAGER_1, romashka.id())).extracting(CardRevision::at).containsExactly(T0, T0);
  }

  @Test
  void aStaleUpdateIsRefusedAndWritesNothing() {
    history.createClient(MANAGER_1, romashka);
    history.updateClient(MANAGER_1, Client.builder().from(romashka).name("A").build(), 1);

    assertThatThrownBy(() -> history.updateClient(MANAGER_1, Client.builder().from(romashka).name("B").build(), 1))
        .isInstanceOf(StaleWriteException.class)
        .hasMessageContaining("expected version 1, found version 2");
    assertThat(history.revisions(MANAGER_1, romashka.id())).hasSize(2);
  }

  @Test
  void aForbiddenUpdateIsRefusedWithAClearErrorAndChangesNothing() {
    history.createClient(MANAGER_1, romashka);

    assertThatThrownBy(() -> history.updateClient(MANAGER_2, Client.builder().from(romashka).name("Stolen").build(), 1))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.user()).isEqualTo(MANAGER_2);
          assertThat(e.permission()).isEqualTo(Permission.EDIT);
          assertThat(e).hasMessage("manager-2 may not edit client c-1: not stored, or the access policy forbids it");
        });
    assertThat(f.base.clientStore().find(romashka.id()).orElseThrow().value()).isEqualTo(romashka);
    assertThat(f.clientHistory.all()).hasSize(1);
  }

  @Test
  void aManagerMayNotCreateAClientForSomeoneElse() {
    assertThatThrownBy(() -> history.createClient(MANAGER_2, romashka)).isInstanceOf(AccessDeniedException.class);
    assertThat(f.base.clientStore().all()).isEmpty();
    assertThat(f.clientHistory.all()).isEmpty();
  }

  @Test
  void theHistoryIsShownOnlyToWhoMaySeeTheClient() {
    history.createClient(MANAGER_1, romashka);
    assertThat(history.revisions(MANAGER_3, romashka.id())).hasSize(1);
    assertThat(history.revisions(AUDITOR, romashka.id())).hasSize(1);
    assertThatThrownBy(() -> history.revisions(MANAGER_2, romashka.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> history.asOf(MANAGER_2, romashka.id(), T0)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aFailingHistoryStoreRollsTheCardBackToo() {
    history.createClient(MANAGER_1, romashka);
    f.base.faults().arm(FailurePlan.atCall(2).writesOnly());   // the card update is call 1, the revision call 2

    assertThatThrownBy(() -> history.updateClient(MANAGER_1, Client.builder().from(romashka).name("Ромашка Плюс").build(), 1))
        .isInstanceOf(InjectedFailure.class);
    f.base.faults().disarm();

    assertThat(f.base.clientStore().find(romashka.id()).orElseThrow()).isEqualTo(new Versioned<>(romashka, 1));
    assertThat(f.clientHistory.all()).hasSize(1);
  }

  @Test
  void contactPersonCardsHaveTheirHistoryAndFollowTheirClientsAccess() {
    ContactPerson anna = person("p-1", "Петрова Анна Сергеевна");
    history.createContactPerson(MANAGER_2, anna);
    history.createClient(MANAGER_1, Client.builder().from(romashka).addContacts(ClientContact.of(anna.id())).build());
    f.clock.advance(Duration.ofDays(1));
    ContactPerson withBirthday = ContactPerson.builder().from(anna).birthday(Birthday.of(MonthDay.of(2, 29))).build();

    assertThatThrownBy(() -> history.updateContactPerson(MANAGER_2, withBirthday, 1))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("contact person p-1");
    history.updateContactPerson(MANAGER_1, withBirthday, 1);

    assertThat(history.revisions(MANAGER_3, anna.id())).extracting(CardRevision::author)
        .containsExactly(Optional.of(MANAGER_2), Optional.of(MANAGER_1));
    assertThat(history.asOf(ADMIN, anna.id(), T0)).contains(anna);
    assertThat(history.asOf(ADMIN, anna.id(), T0.plus(Duration.ofDays(1)))).contains(withBirthday);
    assertThatThrownBy(() -> history.revisions(MANAGER_2, anna.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theBuilderNamesAMissingOrRepeatedSetting() {
    assertThatThrownBy(() -> CardHistory.builder().clientbase(f.base).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("CardHistory: missing clock, accessPolicy");
    assertThatThrownBy(() -> CardHistory.builder().clock(f.clock).clock(f.clock))
        .hasMessageStartingWith("CardHistory.clock")
        .hasMessageContaining("was already set");
    assertThatThrownBy(() -> CardHistory.builder().accessPolicy(null))
        .hasMessage("CardHistory.accessPolicy <missing>: must be given");
  }

  @Test
  void unknownCardsAreNamed() {
    assertThatThrownBy(() -> history.revisions(ADMIN, ClientId.of("c-404")))
        .hasMessage("admin may not view client c-404: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> history.updateClient(UserId.of("admin"), client("c-404", null), 1))
        .hasMessage("admin may not edit client c-404: not stored, or the access policy forbids it");
  }

  @Test
  void revisionsBetweenTwoInstantsAreListed() {
    history.createClient(MANAGER_1, romashka);
    for (int i = 1; i <= 3; i++) {
      f.clock.advance(Duration.ofDays(1));
      history.updateClient(MANAGER_1, Client.builder().from(romashka).comment("day " + i).build(), i);
    }
    CardTimeline<Client> timeline = history.timeline(ADMIN, romashka.id());
    Instant from = T0.plus(Duration.ofDays(1));
    assertThat(timeline.between(from, from.plus(Duration.ofDays(1)))).extracting(CardRevision::number)
        .containsExactly(2L, 3L);
    assertThat(timeline.atRevision(3).comment()).contains("day 2");
    assertThat(Map.of("revisions", timeline.revisions().size())).containsEntry("revisions", 4);
  }

  @Test
  void anotherProcedureRecordsItsWritesInItsOwnUnitOfWork() {
    Versioned<Client> created = f.base.unitOfWork().execute(() -> {
      Versioned<Client> stored = f.base.clientStore().insert(romashka);
      history.recordClientCreated(MANAGER_1, stored);
      return stored;
    });
    f.clock.advance(Duration.ofMinutes(1));
    Client merged = Client.builder().from(romashka).addTags(Tag.of("merged")).build();
    f.base.unitOfWork().execute(() -> {
      Versioned<Client> after = f.base.clientStore().update(merged, created.version());
      history.recordClientChanged(MANAGER_1, created, after);
      return after;
    });

    assertThat(history.revisions(MANAGER_1, romashka.id())).extracting(CardRevision::kind)
        .containsExactly(RevisionKind.CREATED, RevisionKind.UPDATED);
    assertThat(history.asOf(MANAGER_1, romashka.id(), T0)).contains(romashka);
    assertThat(history.timeline(MANAGER_1, romashka.id()).current()).contains(merged);

    ContactPerson anna = person("p-1", "Петрова Анна Сергеевна");
    Versioned<ContactPerson> stored = f.base.contactPersonStore().insert(anna);
    history.recordContactPersonCreated(MANAGER_1, stored);
    ContactPerson promoted = ContactPerson.builder().from(anna).position("Director").build();
    history.recordContactPersonChanged(MANAGER_1, stored, f.base.contactPersonStore().update(promoted, 1));
    assertThat(history.revisions(ADMIN, anna.id())).hasSize(2);
  }
}
