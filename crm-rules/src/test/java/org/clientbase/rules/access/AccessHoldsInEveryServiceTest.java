package org.clientbase.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.T0;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.ArrayList;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardType;
import org.clientbase.rules.matching.CheckResult;
import org.clientbase.rules.matching.DuplicateBlockedException;
import org.clientbase.rules.matching.DuplicateControl;
import org.clientbase.rules.matching.Match;
import org.clientbase.rules.matching.ScanPart;
import org.clientbase.rules.matching.ScanSummary;
import org.clientbase.spi.ProgressListener;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.rules.classification.AbcXyzClassification;
import org.clientbase.rules.classification.ClassificationReport;
import org.clientbase.rules.classification.ClassificationSettings;
import org.clientbase.rules.classification.ClientClass;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.interaction.InteractionService;
import org.clientbase.rules.reminder.KeyPersons;
import org.clientbase.rules.reminder.ReminderService;
import org.clientbase.rules.requisites.RequisitesAutoFill;
import org.clientbase.rules.status.StatusDynamicsReport;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.rules.status.StatusService;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * One base where manager-1 may see and edit only its own client c-1 and manager-2 only c-2 (with
 * contact person p-2, a counterparty, a task, an interaction, payments, shipments and an
 * interest): whatever manager-1 asks, nothing of c-2 is shown or changed, and a refusal about c-2
 * reads the same as one about a client that is not stored.
 */
class AccessHoldsInEveryServiceTest {
  private static final UserId MANAGER_1 = UserId.of("manager-1");
  private static final UserId MANAGER_2 = UserId.of("manager-2");
  private static final ClientId C1 = ClientId.of("c-1");
  private static final ClientId C2 = ClientId.of("c-2");
  private static final ClientId MISSING = ClientId.of("c-404");
  private static final ContactPersonId P1 = ContactPersonId.of("p-1");
  private static final ContactPersonId P2 = ContactPersonId.of("p-2");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final SystemActor NIGHTLY = SystemActor.recordedAs(UserId.of("system:nightly"));

  private final Fixture f = new Fixture(RuleBasedAccessPolicy.builder().responsibleManagerEdits().build());
  private final CardHistory history = f.cardHistory();
  private final StatusService statuses = StatusService.builder()
      .clients(f.base.clientStore()).interests(f.base.interestStore()).payments(f.base.paymentStore())
      .shipments(f.base.shipmentStore()).history(f.base.statusHistoryStore()).unitOfWork(f.base.unitOfWork())
      .clock(f.clock).accessPolicy(f.policy).parallelism(1).build();
  private final org.clientbase.rules.task.TaskService tasks = org.clientbase.rules.task.TaskService.builder()
      .clientbase(f.base).accessPolicy(f.policy).clock(f.clock).build();
  private final InteractionService interactions = InteractionService.builder()
      .clientbase(f.base).accessPolicy(f.policy).clock(f.clock).build();

  AccessHoldsInEveryServiceTest() {
    f.base.contactPersonStore().insert(ContactPerson.builder().from(Fixture.person("p-1", "Иванов Иван"))
        .birthday(Birthday.of(MonthDay.of(3, 12))).build());
    f.base.contactPersonStore().insert(ContactPerson.builder().from(Fixture.person("p-2", "Петрова Анна"))
        .birthday(Birthday.of(MonthDay.of(3, 11))).build());
    f.store(List.of(
        Client.builder().from(Fixture.client("c-1", MANAGER_1)).addContacts(ClientContact.of(P1)).build(),
        Client.builder().from(Fixture.client("c-2", MANAGER_2))
            .addContacts(ClientContact.builder().contactPerson(P2).keyPerson(true).build()).build()));
    f.base.counterpartyStore().insert(Counterparty.builder().id(CounterpartyId.of("cp-2")).client(C2)
        .legalName("ООО Вторая").inn(Inn.of(ContractFixtures.INN)).build());
    f.base.taskStore().insert(task("t-2", C2, MANAGER_2).build());
    f.base.interactionStore().insert(call("e-2", C2).build());
    f.base.interestStore().insert(Interest.builder().id(InterestId.of("i-2")).client(C2)
        .openedOn(LocalDate.of(2026, 2, 1)).build());
    for (int month = 1; month <= 3; month++) {
      f.base.paymentStore().insert(Payment.of(PaymentId.of("pay-1-" + month), C1, LocalDate.of(2026, month, 3),
          Money.of("1000.00", "RUB")));
      f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-1-" + month), C1, LocalDate.of(2026, month, 3),
          Money.of("1000.00", "RUB")));
      f.base.paymentStore().insert(Payment.of(PaymentId.of("pay-2-" + month), C2, LocalDate.of(2026, month, 5),
          Money.of("50000.00", "RUB")));
      f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-2-" + month), C2, LocalDate.of(2026, month, 5),
          Money.of("50000.00", "RUB")));
    }
    statuses.recalculateAll();
  }

  private static Task.Builder task(String id, ClientId client, UserId responsible) {
    return Task.builder().id(TaskId.of(id)).subject("Call").responsible(responsible).client(client)
        .start(T0).due(T0.plus(Duration.ofHours(2)));
  }

  private static Interaction.Builder call(String id, ClientId client) {
    return Interaction.builder().id(InteractionId.of(id)).type(InteractionType.PHONE_CALL)
        .state(InteractionState.PLANNED).subject("Call").client(client).start(T0);
  }

  private Object everything() {
    return List.of(f.base.snapshot(), f.clientHistory.all(), f.personHistory.all());
  }

  /** The refusal about the hidden c-2 and about the missing c-404 must read alike. */
  private static void sameRefusal(ThrowingCallable hidden, ThrowingCallable missing, String expected) {
    assertThatThrownBy(hidden).isInstanceOf(AccessDeniedException.class).hasMessage(expected);
    String forMissing = expected.replace("c-2", "c-404").replace("p-2", "p-404").replace("t-2", "t-404")
        .replace("e-2", "e-404").replace("cp-2", "cp-404");
    assertThatThrownBy(missing).isInstanceOf(AccessDeniedException.class).hasMessage(forMissing);
  }

  @Test
  void statusOfAHiddenClientIsNeitherShownNorSetAndDynamicsCountOnlyVisibleClients() {
    Object before = everything();
    sameRefusal(() -> statuses.setStatus(C2, StatusScheme.LIQUIDATED, MANAGER_1),
        () -> statuses.setStatus(MISSING, StatusScheme.LIQUIDATED, MANAGER_1),
        "manager-1 may not edit client c-2: not stored, or the access policy forbids it");
    sameRefusal(() -> statuses.recalculate(MANAGER_1, C2, false), () -> statuses.recalculate(MANAGER_1, MISSING, false),
        "manager-1 may not view client c-2: not stored, or the access policy forbids it");
    sameRefusal(() -> statuses.statusOn(MANAGER_1, C2, TODAY), () -> statuses.statusOn(MANAGER_1, MISSING, TODAY),
        "manager-1 may not view client c-2: not stored, or the access policy forbids it");
    assertThat(everything()).isEqualTo(before);

    StatusDynamicsReport mine = statuses.dynamics(MANAGER_1);
    assertThat(mine.total().clientsAtEnd()).isEqualTo(1);
    assertThat(mine.byManager()).extracting(s -> s.manager().orElseThrow()).containsExactly(MANAGER_1);
    assertThat(statuses.dynamics(NIGHTLY).total().clientsAtEnd()).isEqualTo(2);
    assertThat(statuses.statusOn(NIGHTLY, C2, TODAY)).isPresent();
  }

  @Test
  void abcXyzSharesAreComputedOverTheVisibleClientsOnly() {
    AbcXyzClassification classification = AbcXyzClassification.builder().clientbase(f.base)
        .accessPolicy(f.policy).build();
    ClassificationSettings q1 = ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

    List<ClientClass> mine = classification.classify(MANAGER_1, q1);

    // from c-1's share of the whole base one could work out c-2's revenue; over manager-1's part
    // of the base c-1 is all there is
    assertThat(mine).singleElement().satisfies(c -> {
      assertThat(c.client()).isEqualTo(C1);
      assertThat(c.share()).isEqualByComparingTo("100");
      assertThat(c.shareBefore()).isEqualByComparingTo("0");
    });
    ClassificationReport whole = classification.classify(NIGHTLY, q1, c -> { });
    assertThat(whole.clients()).isEqualTo(2);
    assertThat(whole.revenue()).isEqualTo(Money.of("153000.00", "RUB"));
  }

  @Test
  void linkingAContactPersonTheUserCannotReachIsRefusedAndItStaysUnreachable() {
    Versioned<Client> c1 = f.base.clientStore().find(C1).orElseThrow();
    Client linked = Client.builder().from(c1.value()).addContacts(ClientContact.builder().contactPerson(P2).keyPerson(true).build())
        .build();
    Object before = everything();

    sameRefusal(() -> history.updateClient(MANAGER_1, linked, c1.version()),
        () -> history.updateClient(MANAGER_1, Client.builder().from(c1.value())
            .addContacts(ClientContact.of(ContactPersonId.of("p-404"))).build(), c1.version()),
        "manager-1 may not edit contact person p-2: not stored, or the access policy forbids it");
    assertThat(everything()).isEqualTo(before);

    KeyPersons keyPersons = KeyPersons.builder().clientbase(f.base).accessPolicy(f.policy).cardHistory(history).build();
    assertThat(keyPersons.of(MANAGER_1, C1)).noneMatch(k -> k.person().id().equals(P2));
    ReminderService reminders = ReminderService.builder().clientbase(f.base).accessPolicy(f.policy).clock(f.clock).build();
    assertThat(reminders.upcoming(MANAGER_1, TODAY, 10)).extracting(r -> r.toString()).noneMatch(r -> r.contains("Петрова"))
        .anyMatch(r -> r.contains("Иванов"));
    assertThatThrownBy(() -> history.revisions(MANAGER_1, P2)).isInstanceOf(AccessDeniedException.class);
    ContactPerson p2 = f.base.contactPersonStore().find(P2).orElseThrow().value();
    assertThatThrownBy(() -> history.updateContactPerson(MANAGER_1, ContactPerson.builder().from(p2).position("Boss").build(), 1))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tasks.create(MANAGER_1, Task.builder().id(TaskId.of("t-p2")).subject("Call")
        .responsible(MANAGER_1).contactPerson(P2).start(T0).due(T0).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void historyCannotBeRecordedForACardTheUserMayNotEditNorForACardThatDidNotChange() {
    Versioned<Client> c2 = f.base.clientStore().find(C2).orElseThrow();
    Versioned<Client> forged = new Versioned<>(Client.builder().from(c2.value()).name("Forged").build(), c2.version() + 1);
    Object before = everything();

    assertThatThrownBy(() -> history.recordClientChanged(MANAGER_1, c2, forged))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit client c-2: not stored, or the access policy forbids it");
    Versioned<Client> c1 = f.base.clientStore().find(C1).orElseThrow();
    Versioned<Client> renamed = new Versioned<>(Client.builder().from(c1.value()).name("Forged").build(), c1.version() + 1);
    assertThatThrownBy(() -> history.recordClientChanged(MANAGER_1, c1, renamed))
        .isInstanceOf(org.clientbase.core.InvalidValueException.class)
        .hasMessageContaining("is not the card as stored");
    Versioned<ContactPerson> p2 = f.base.contactPersonStore().find(P2).orElseThrow();
    assertThatThrownBy(() -> history.recordContactPersonCreated(MANAGER_1, p2)).isInstanceOf(AccessDeniedException.class);
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void tasksAndInteractionsNamingSeveralCardsNeedEveryOneOfThem() {
    Object before = everything();

    assertThatThrownBy(() -> tasks.create(MANAGER_1, task("t-new", C1, MANAGER_1).contactPerson(P2).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit task t-new: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> interactions.record(MANAGER_1, call("e-new", C1).addContactPersons(P1, P2).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit interaction e-new: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> interactions.record(MANAGER_1, call("e-new", C1)
        .addParticipants(org.clientbase.core.activity.Participant.builder().client(C2).build()).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(everything()).isEqualTo(before);
    assertThat(tasks.create(MANAGER_1, task("t-new", C1, MANAGER_1).contactPerson(P1).build()).version()).isEqualTo(1);
  }

  @Test
  void duplicateChecksAndScansShowOnlyTheCardsTheUserMaySee() {
    Versioned<Client> c2 = f.base.clientStore().find(C2).orElseThrow();
    f.base.clientStore().update(Client.builder().from(c2.value()).name("ООО Вторая")
        .addPhones(Phone.parse("+7 495 222-22-22")).addEmails(Email.of("office@vtoraya.ru")).build(), c2.version());
    Versioned<ContactPerson> p2 = f.base.contactPersonStore().find(P2).orElseThrow();
    f.base.contactPersonStore().update(ContactPerson.builder().from(p2.value())
        .addPhones(Phone.parse("+7 916 222-22-22")).addEmails(Email.of("anna@vtoraya.ru")).build(), p2.version());
    DuplicateControl control = DuplicateControl.builder().clientbase(f.base).accessPolicy(f.policy).build();
    for (CardType type : List.of(CardType.CLIENT, CardType.CONTACT_PERSON)) {
      control.reindexAll(type, ProgressListener.none());
    }
    Client companyProbe = Client.builder().id(ClientId.of("c-new")).kind(ClientKind.LEGAL_ENTITY).name("ООО Вторая")
        .createdOn(TODAY).addPhones(Phone.parse("+7 495 222-22-22")).build();
    ContactPerson personProbe = ContactPerson.builder().from(Fixture.person("p-new", "Петрова Анна"))
        .addPhones(Phone.parse("+7 916 222-22-22")).build();

    CheckResult company = control.check(MANAGER_1, companyProbe, List.of());
    CheckResult person = control.check(MANAGER_1, personProbe);

    assertThat(company.matches()).isEmpty();
    assertThat(company.hidden()).isEqualTo(1);
    assertThat(company.hasMatches()).isTrue();
    assertThat(person.matches()).isEmpty();
    assertThat(person.hidden()).isEqualTo(1);
    for (String secret : List.of("c-2", "p-2", ContractFixtures.INN, "vtoraya", "Петрова", "03-11", "222-22")) {
      assertThat(company.toString()).doesNotContain(secret);
      assertThat(person.toString()).doesNotContain(secret);
    }
    assertThatThrownBy(() -> company.orThrow()).isInstanceOf(DuplicateBlockedException.class)
        .hasMessage("c-new is a possible duplicate of a card you cannot see");
    // the manager who may see them gets the evidence
    assertThat(control.check(MANAGER_2, companyProbe, List.of()).matches()).singleElement()
        .satisfies(m -> assertThat(m.right()).isEqualTo(C2));
    assertThat(control.check(MANAGER_2, personProbe).matches()).singleElement()
        .satisfies(m -> assertThat(m.right()).isEqualTo(P2));

    // a scan on behalf of manager-1 reads its part of the base only
    f.base.contactPersonStore().insert(ContactPerson.builder().from(personProbe).id(ContactPersonId.of("p-3")).build());
    control.reindex(ContactPersonId.of("p-3"));
    List<Match> seen = new ArrayList<>();
    ScanSummary scan = control.scan(MANAGER_1, CardType.CONTACT_PERSON, ScanPart.all(), seen::add,
        ProgressListener.none());
    assertThat(seen).isEmpty();
    assertThat(scan.scanned()).isEqualTo(2);   // p-1 and the unlinked p-3: p-2 is manager-2's
    assertThat(scan.lastCard()).contains(ContactPersonId.of("p-3"));
    List<Match> all = new ArrayList<>();
    control.scan(NIGHTLY, CardType.CONTACT_PERSON, ScanPart.all(), all::add, ProgressListener.none());
    assertThat(all).singleElement().satisfies(m -> assertThat(List.of(m.left(), m.right())).containsExactly(P2,
        ContactPersonId.of("p-3")));
    List<Match> byManager2 = new ArrayList<>();
    control.scan(MANAGER_2, CardType.CONTACT_PERSON, ScanPart.all(), byManager2::add, ProgressListener.none());
    assertThat(byManager2).hasSize(1);
  }

  @Test
  void refusalsNeverTellWhichIdsExist() {
    sameRefusal(() -> tasks.find(MANAGER_1, TaskId.of("t-2")), () -> tasks.find(MANAGER_1, TaskId.of("t-404")),
        "manager-1 may not view task t-2: not stored, or the access policy forbids it");
    sameRefusal(() -> tasks.complete(MANAGER_1, TaskId.of("t-2")), () -> tasks.complete(MANAGER_1, TaskId.of("t-404")),
        "manager-1 may not edit task t-2: not stored, or the access policy forbids it");
    sameRefusal(() -> interactions.find(MANAGER_1, InteractionId.of("e-2")),
        () -> interactions.find(MANAGER_1, InteractionId.of("e-404")),
        "manager-1 may not view interaction e-2: not stored, or the access policy forbids it");
    sameRefusal(() -> interactions.byClient(MANAGER_1, C2), () -> interactions.byClient(MANAGER_1, MISSING),
        "manager-1 may not view client c-2: not stored, or the access policy forbids it");
    sameRefusal(() -> history.revisions(MANAGER_1, C2), () -> history.revisions(MANAGER_1, MISSING),
        "manager-1 may not view client c-2: not stored, or the access policy forbids it");
    sameRefusal(() -> history.revisions(MANAGER_1, P2), () -> history.revisions(MANAGER_1, ContactPersonId.of("p-404")),
        "manager-1 may not view contact person p-2: not stored, or the access policy forbids it");
    RequisitesAutoFill autoFill = RequisitesAutoFill.builder().lookup(f.base.taxIdLookup()).clientbase(f.base)
        .accessPolicy(f.policy).build();
    sameRefusal(() -> autoFill.refresh(MANAGER_1, CounterpartyId.of("cp-2")),
        () -> autoFill.refresh(MANAGER_1, CounterpartyId.of("cp-404")),
        "manager-1 may not edit counterparty cp-2: not stored, or the access policy forbids it");

    // a new card with an id a hidden card holds is refused like a change of a hidden card
    Object before = everything();
    assertThatThrownBy(() -> history.createClient(MANAGER_1, Fixture.client("c-2", MANAGER_1)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit client c-2: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> tasks.create(MANAGER_1, task("t-2", C1, MANAGER_1).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit task t-2: not stored, or the access policy forbids it");
    assertThatThrownBy(() -> interactions.record(MANAGER_1, call("e-2", C1).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("manager-1 may not edit interaction e-2: not stored, or the access policy forbids it");
    assertThat(everything()).isEqualTo(before);
  }
}
