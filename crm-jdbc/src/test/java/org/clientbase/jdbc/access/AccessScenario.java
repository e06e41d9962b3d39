package org.clientbase.jdbc.access;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.field.CardType;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.memory.RuleBasedAccessPolicy.Access;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.rules.matching.MergeRequest;
import org.clientbase.spi.ProgressListener;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.testkit.contract.ContractFixtures;
import org.quicktheories.core.Gen;

/**
 * A random client base (clients, contact persons, facts, tasks, interactions, counterparties),
 * a random access policy, a user and the arguments of one operation; and the independent
 * answer of what that user may see and change, worked out from the data, not by the library.
 */
public record AccessScenario(List<Client> clients, List<ContactPerson> persons, List<Payment> payments,
    List<Shipment> shipments, List<Interest> interests, List<Task> tasks, List<Interaction> interactions,
    List<Counterparty> counterparties, List<Lead> leads, List<ClientId> merge, RuleBasedAccessPolicy policy,
    UserId user, Choice choice) {

  /** The users of every scenario. */
  public static final List<UserId> USERS = List.of(UserId.of("m-0"), UserId.of("m-1"), UserId.of("m-2"),
      UserId.of("m-3"), UserId.of("boss"), UserId.of("eye"));
  /** The host's zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
  /** Now. */
  public static final Instant T0 = Instant.parse("2026-03-10T07:30:00Z");
  /** A phone several clients share. */
  public static final Phone SHARED_PHONE = Phone.parse("+7 495 000-00-01");
  /** An email several clients share. */
  public static final Email SHARED_EMAIL = Email.of("office@example.ru");
  /** The system actor that prepares the base. */
  public static final SystemActor SYSTEM = SystemActor.recordedAs(UserId.of("system:test"));
  static final int PERSONS = 5;

  /**
   * The arguments of the operation under test, as indexes into the scenario.
   *
   * @param client a client index; the number of clients means a client that is not stored
   * @param person a person index; {@value #PERSONS} means a person that is not stored
   * @param other another user's index
   * @param bits variants of the operation
   */
  public record Choice(int client, int person, int other, int bits) {}

  /**
   * Returns scenarios with up to seven clients.
   *
   * @return the generator
   */
  public static Gen<AccessScenario> scenarios() {
    Gen<Integer> count = integers().between(1, 7);
    Gen<Integer> manager = integers().between(-1, 3);
    Gen<Integer> person = integers().between(0, PERSONS - 1);
    Gen<Integer> bits = integers().between(0, 1023);
    Gen<Integer> amount = integers().between(0, 9);
    return in -> {
      int n = count.generate(in);
      List<Client> clients = new ArrayList<>();
      List<Payment> payments = new ArrayList<>();
      List<Shipment> shipments = new ArrayList<>();
      List<Interest> interests = new ArrayList<>();
      List<Task> tasks = new ArrayList<>();
      List<Interaction> interactions = new ArrayList<>();
      List<Counterparty> counterparties = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int m = manager.generate(in);
        int b = bits.generate(in);
        ClientId id = ClientId.of("c-" + i);
        Client.Builder card = Client.builder().id(id).kind(ClientKind.LEGAL_ENTITY).name("Client c-" + i)
            .createdOn(LocalDate.of(2025, 12, 1)).responsible(Optional.ofNullable(m < 0 ? null : USERS.get(m)));
        Set<Integer> linked = new LinkedHashSet<>();
        for (int l = 0; l < (b & 3) % 3; l++) {
          linked.add(person.generate(in));
        }
        linked.forEach(p -> card.addContacts(ClientContact.builder().contactPerson(ContactPersonId.of("p-" + p))
            .keyPerson(p % 2 == 0).build()));
        if ((b & 4) != 0) {
          card.addPhones(SHARED_PHONE);
        }
        if ((b & 8) != 0) {
          card.addEmails(SHARED_EMAIL);
        }
        clients.add(card.build());
        for (int month = 1; month <= 3; month++) {
          int a = amount.generate(in);
          if (a > 0) {
            payments.add(Payment.of(PaymentId.of("pay-c-" + i + "-" + month), id, LocalDate.of(2026, month, 3),
                Money.of(a * 1000 + ".00", "RUB")));
            shipments.add(Shipment.of(ShipmentId.of("s-c-" + i + "-" + month), id, LocalDate.of(2026, month, 2),
                Money.of(a * 1000 + ".00", "RUB")));
          }
        }
        if ((b & 16) != 0) {
          interests.add(Interest.builder().id(InterestId.of("i-c-" + i)).client(id).openedOn(LocalDate.of(2026, 2, 1))
              .build());
        }
        Task.Builder task = Task.builder().id(TaskId.of("t-c-" + i)).subject("Call c-" + i)
            .responsible(USERS.get(manager.generate(in) + 1)).client(id)
            .start(T0.minus(Duration.ofHours(3))).due(T0.plus(Duration.ofHours((b & 32) != 0 ? -1 : i + 1)))
            .reminder(T0.minus(Duration.ofHours(2)));
        if ((b & 64) != 0) {
          task.contactPerson(ContactPersonId.of("p-" + person.generate(in)));
        }
        tasks.add(task.build());
        Interaction.Builder call = Interaction.builder().id(InteractionId.of("e-c-" + i))
            .type(InteractionType.PHONE_CALL).state((b & 128) != 0 ? InteractionState.COMPLETED : InteractionState.PLANNED)
            .subject("Call c-" + i).client(id).start(T0.minus(Duration.ofMinutes(i)));
        if ((b & 256) != 0) {
          call.addContactPersons(ContactPersonId.of("p-" + person.generate(in)));
        }
        if ((b & 512) != 0) {
          call.addParticipants(Participant.builder().client(ClientId.of("c-" + integers().between(0, n - 1).generate(in)))
              .build());
        }
        interactions.add(call.build());
        counterparties.add(Counterparty.builder().id(CounterpartyId.of("cp-c-" + i)).client(id)
            .legalName("Legal c-" + i).inn(Inn.of(ContractFixtures.INN)).build());
      }
      tasks.add(Task.builder().id(TaskId.of("t-p")).subject("Call a person")
          .responsible(USERS.get(manager.generate(in) + 1)).contactPerson(ContactPersonId.of("p-" + person.generate(in)))
          .start(T0).due(T0.plus(Duration.ofHours(5))).build());
      List<ContactPerson> persons = new ArrayList<>();
      for (int p = 0; p < PERSONS; p++) {
        persons.add(person(p));
      }
      List<Lead> leads = new ArrayList<>();
      for (int l = 0; l < 2; l++) {
        int b = bits.generate(in);
        Lead.Builder lead = Lead.builder().id(LeadId.of("l-" + l)).name(PersonName.parse("Лидов Лев"))
            .company((b & 1) != 0 ? "Client c-" + integers().between(0, n - 1).generate(in) : "Lead company " + l);
        if ((b & 2) != 0) {
          lead.addPhones(SHARED_PHONE);
        }
        if ((b & 4) != 0) {
          lead.addEmails(SHARED_EMAIL);
        }
        if ((b & 8) != 0) {
          lead.inn(Inn.of(ContractFixtures.INN));
        }
        leads.add(lead.build());
      }
      List<ClientId> merge = new ArrayList<>();
      if (n >= 2 && (bits.generate(in) & 1) != 0) {
        int a = integers().between(0, n - 1).generate(in);
        int b = integers().between(0, n - 1).generate(in);
        if (a != b) {
          merge.add(ClientId.of("c-" + a));
          merge.add(ClientId.of("c-" + b));
        }
      }
      int rules = bits.generate(in);
      RuleBasedAccessPolicy.Builder policy = RuleBasedAccessPolicy.builder();
      if ((rules & 1) != 0) {
        policy.administrator(UserId.of("boss"));
      }
      if ((rules & 2) != 0) {
        policy.viewer(UserId.of("eye"));
      }
      if ((rules & 4) != 0) {
        policy.responsibleManagerEdits();
      }
      if ((rules & 8) != 0) {
        policy.team("a", Set.of(USERS.get(0), USERS.get(1)), (rules & 16) != 0 ? Access.EDIT : Access.VIEW);
      }
      if ((rules & 32) != 0) {
        policy.team("b", Set.of(USERS.get(1), USERS.get(2), USERS.get(3)), Access.VIEW);
      }
      UserId user = USERS.get(integers().between(0, USERS.size() - 1).generate(in));
      Choice choice = new Choice(integers().between(0, n).generate(in), integers().between(0, PERSONS).generate(in),
          integers().between(0, USERS.size() - 1).generate(in), bits.generate(in));
      return new AccessScenario(clients, persons, payments, shipments, interests, tasks, interactions, counterparties,
          leads, merge, policy.build(), user, choice);
    };
  }

  static ContactPerson person(int p) {
    return ContactPerson.builder().id(ContactPersonId.of("p-" + p)).name(PersonName.parse("Лицов Пётр" + " " + "Петрович"))
        .comment("person p-" + p).birthday(Birthday.of(MonthDay.of(3, 11 + p))).build();
  }

  @Override
  public String toString() {
    return "user " + user + ", " + choice + ", policy " + policy + ", clients "
        + clients.stream().map(c -> c.id() + ":" + c.responsible().map(UserId::value).orElse("-")
            + c.contacts().stream().map(l -> l.contactPerson().value()).toList()).toList()
        + ", tasks " + tasks.stream().map(t -> t.id() + ":" + t.responsible() + t.contactPerson().map(p -> "/" + p).orElse(""))
            .toList()
        + ", interactions " + interactions.stream().map(i -> i.id() + ":" + i.contactPersons() + i.participants().size()).toList()
        + ", leads " + leads + ", merge " + merge;
  }

  // ------------------------------------------------------------------ the oracle, from the data

  boolean visible(Client client) {
    return policy.canView(user, client) || policy.canEdit(user, client);
  }

  boolean editable(Client client) {
    return policy.canEdit(user, client);
  }

  private List<Client> linked(ContactPersonId person) {
    return clients.stream().filter(c -> c.contact(person).isPresent()).toList();
  }

  boolean personVisible(ContactPersonId person) {
    List<Client> linked = linked(person);
    return linked.isEmpty() || linked.stream().anyMatch(this::visible);
  }

  boolean personEditable(ContactPersonId person) {
    List<Client> linked = linked(person);
    return linked.isEmpty() || linked.stream().anyMatch(this::editable);
  }

  /** A record may name a contact person only through a client it is linked to. */
  boolean personVisibleInRecord(ContactPersonId person) {
    return linked(person).stream().anyMatch(this::visible);
  }

  boolean personEditableInRecord(ContactPersonId person) {
    return linked(person).stream().anyMatch(this::editable);
  }

  Optional<Client> client(ClientId id) {
    return clients.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  boolean clientVisible(ClientId id) {
    return client(id).map(this::visible).orElse(false);
  }

  boolean clientEditable(ClientId id) {
    return client(id).map(this::editable).orElse(false);
  }

  boolean own(Task task) {
    return task.responsible().equals(user) || task.author().map(user::equals).orElse(false);
  }

  boolean taskVisible(Task task) {
    return own(task) || task.client().map(this::clientVisible).orElse(true)
        && task.contactPerson().map(this::personVisibleInRecord).orElse(true);
  }

  boolean taskEditable(Task task) {
    return own(task) || task.client().map(this::clientEditable).orElse(true)
        && task.contactPerson().map(this::personEditableInRecord).orElse(true);
  }

  boolean interactionVisible(Interaction interaction) {
    return named(interaction).stream().allMatch(this::clientVisible)
        && persons(interaction).stream().allMatch(this::personVisibleInRecord);
  }

  boolean interactionEditable(Interaction interaction) {
    return named(interaction).stream().allMatch(this::clientEditable)
        && persons(interaction).stream().allMatch(this::personEditableInRecord);
  }

  static Set<ClientId> named(Interaction interaction) {
    Set<ClientId> named = new LinkedHashSet<>();
    interaction.client().ifPresent(named::add);
    interaction.participants().forEach(p -> p.client().ifPresent(named::add));
    return named;
  }

  static Set<ContactPersonId> persons(Interaction interaction) {
    Set<ContactPersonId> named = new LinkedHashSet<>(interaction.contactPersons());
    interaction.participants().forEach(p -> p.contactPerson().ifPresent(named::add));
    return named;
  }

  // ------------------------------------------------------------------ the worlds

  /**
   * Stores the scenario's base in a world: all of it, or only the part the user may see, as if
   * the rest were not stored; then lets the system recalculate every status.
   *
   * @param world the world, with empty stores
   * @param onlyVisible whether to store only the user's part of the base
   */
  public void populate(AccessWorld world, boolean onlyVisible) {
    AccessWorld.Stores s = world.stores;
    for (ContactPerson person : persons) {
      if (!onlyVisible || personVisible(person.id())) {
        s.persons().insert(person);
      }
    }
    for (Client client : clients) {
      if (!onlyVisible || visible(client)) {
        s.clients().insert(client);
      }
    }
    payments.stream().filter(p -> !onlyVisible || clientVisible(p.client())).forEach(s.payments()::insert);
    shipments.stream().filter(p -> !onlyVisible || clientVisible(p.client())).forEach(s.shipments()::insert);
    interests.stream().filter(p -> !onlyVisible || clientVisible(p.client().orElseThrow())).forEach(s.interests()::insert);
    counterparties.stream().filter(p -> !onlyVisible || clientVisible(p.client())).forEach(s.counterparties()::insert);
    tasks.stream().filter(t -> !onlyVisible || taskVisible(t)).forEach(s.tasks()::insert);
    interactions.stream().filter(i -> !onlyVisible || interactionVisible(i)).forEach(s.interactions()::insert);
    leads.forEach(world.base.leadStore()::insert);
    for (CardType type : List.of(CardType.LEAD, CardType.CLIENT, CardType.CONTACT_PERSON)) {
      world.duplicates.reindexAll(type, ProgressListener.none());
    }
    if (mergeable() && (!onlyVisible || visible(client(merge.get(0)).orElseThrow()))) {
      world.merger.merge(MergeRequest.ofClients(merge).withSurvivor(merge.get(0)), SYSTEM);
    }
    world.statuses.recalculateAll();
  }

  /**
   * Whether the system merges the scenario's two clients into the first: only two clients the
   * user sees alike, so that the user's part of the base is the same with or without the merge
   * of two hidden clients (no task of the user's own names the client merged away).
   */
  private boolean mergeable() {
    if (merge.isEmpty()) {
      return false;
    }
    Client survivor = client(merge.get(0)).orElseThrow();
    Client merged = client(merge.get(1)).orElseThrow();
    if (visible(survivor) != visible(merged)) {
      return false;
    }
    if (survivor.responsible().isEmpty() && merged.responsible().isPresent()) {
      return false;   // the survivor would take the merged client's manager and with it who sees it
    }
    return visible(merged) || tasks.stream().noneMatch(t -> own(t) && t.client().equals(Optional.of(merged.id())));
  }

  /**
   * Returns this scenario as the full base holds it once {@link #populate} has run: the clients,
   * tasks and interactions read back from the world, so that the oracle follows what the merge
   * moved to the survivor (contacts, tasks, interactions) instead of the cards as generated.
   *
   * @param world the world holding the whole base, populated
   * @return the scenario over the stored cards and records
   */
  public AccessScenario settledIn(AccessWorld world) {
    AccessWorld.Stores s = world.stores;
    List<Client> storedClients = clients.stream().map(c -> s.clients().find(c.id()).orElseThrow().value()).toList();
    List<Task> storedTasks = tasks.stream().map(t -> s.tasks().find(t.id()).orElseThrow().value()).toList();
    List<Interaction> storedInteractions =
        interactions.stream().map(i -> s.interactions().find(i.id()).orElseThrow().value()).toList();
    return new AccessScenario(storedClients, persons, payments, shipments, interests, storedTasks, storedInteractions,
        counterparties, leads, List.of(), policy, user, choice);
  }

  /**
   * Returns the text that names a card or record of the base the user may not see, to search an
   * answer for.
   *
   * @return patterns of the ids of the hidden clients and contact persons
   */
  public List<java.util.regex.Pattern> hiddenIds() {
    List<java.util.regex.Pattern> hidden = new ArrayList<>();
    clients.stream().filter(c -> !visible(c))
        .forEach(c -> hidden.add(java.util.regex.Pattern.compile("(?<![\\w-])" + c.id().value() + "(?![\\w-])")));
    persons.stream().filter(p -> !personVisible(p.id()))
        .forEach(p -> hidden.add(java.util.regex.Pattern.compile("(?<![\\w-])" + p.id().value() + "(?![\\w-])")));
    return hidden;
  }

  /**
   * The requisites the tax id registry of every world knows.
   *
   * @return the requisites
   */
  public static CounterpartyRequisites requisites() {
    return new CounterpartyRequisites(Inn.of(ContractFixtures.INN), "ПАО Сбербанк", Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * Everything stored about the cards the user may not edit: the cards, their facts, statuses,
   * histories, counterparties, and the tasks and interactions the user may not change.
   *
   * @param world the world
   * @return the snapshot, to compare before and after an operation
   */
  public List<Object> protectedSnapshot(AccessWorld world) {
    AccessWorld.Stores s = world.stores;
    List<Object> snapshot = new ArrayList<>();
    for (Client client : clients) {
      if (!editable(client)) {
        List<ClientId> one = List.of(client.id());
        snapshot.add(List.of(client.id(), s.clients().find(client.id()), s.statusHistory().history(client.id()),
            s.payments().findByClients(one), s.shipments().findByClients(one), s.interests().findByClients(one),
            s.counterparties().findByClients(one), s.clientHistory().revisions(client.id())));
      }
    }
    for (ContactPerson person : persons) {
      if (!personEditable(person.id())) {
        snapshot.add(List.of(person.id(), s.persons().find(person.id()), s.personHistory().revisions(person.id())));
      }
    }
    for (Task task : tasks) {
      if (!taskEditable(task)) {
        snapshot.add(List.of(task.id(), s.tasks().find(task.id())));
      }
    }
    for (Interaction interaction : interactions) {
      if (!interactionEditable(interaction)) {
        snapshot.add(List.of(interaction.id(), s.interactions().find(interaction.id())));
      }
    }
    return snapshot;
  }

  // ------------------------------------------------------------------ the operation's arguments

  ClientId targetClient() {
    return choice.client() < clients.size() ? clients.get(choice.client()).id() : ClientId.of("c-9");
  }

  Client targetCard() {
    return client(targetClient()).orElseGet(() -> Client.builder().id(ClientId.of("c-9")).kind(ClientKind.LEGAL_ENTITY)
        .name("Client c-9").createdOn(LocalDate.of(2025, 12, 1)).responsible(user).build());
  }

  ContactPersonId targetPerson() {
    return ContactPersonId.of("p-" + (choice.person() < PERSONS ? choice.person() : 9));
  }

  ContactPerson targetPersonCard() {
    return choice.person() < PERSONS ? persons.get(choice.person())
        : ContactPerson.builder().from(person(0)).id(ContactPersonId.of("p-9")).build();
  }

  TaskId targetTask() {
    int i = choice.client();
    return i < tasks.size() - 1 ? tasks.get(i).id() : (choice.bits() & 1) != 0 ? TaskId.of("t-p") : TaskId.of("t-9");
  }

  InteractionId targetInteraction() {
    int i = choice.client();
    return i < interactions.size() ? interactions.get(i).id() : InteractionId.of("e-9");
  }

  CounterpartyId targetCounterparty() {
    int i = choice.client();
    return i < counterparties.size() ? counterparties.get(i).id() : CounterpartyId.of("cp-9");
  }

  UserId other() {
    return USERS.get(choice.other());
  }

  boolean bit(int n) {
    return (choice.bits() & (1 << n)) != 0;
  }

  static <T> Versioned<T> v(T value, long version) {
    return new Versioned<>(value, version);
  }
}
