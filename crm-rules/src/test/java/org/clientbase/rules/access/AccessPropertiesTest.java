package org.clientbase.rules.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.T0;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.rules.classification.AbcXyzClassification;
import org.clientbase.rules.classification.ClassificationSettings;
import org.clientbase.rules.classification.ClientClass;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.interaction.InteractionService;
import org.clientbase.rules.quality.ClientBaseQuality;
import org.clientbase.rules.quality.ClientQuality;
import org.clientbase.rules.reminder.KeyPersons;
import org.clientbase.rules.reminder.Reminder;
import org.clientbase.rules.reminder.ReminderService;
import org.clientbase.rules.requisites.RequisitesAutoFill;
import org.clientbase.rules.task.TaskFilter;
import org.clientbase.rules.task.TaskService;
import org.clientbase.spi.lookup.CounterpartyRequisites;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.memory.RuleBasedAccessPolicy;
import org.clientbase.memory.RuleBasedAccessPolicy.Access;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the access rules, the base and the user: a restricted query never returns a client
 * the policy forbids the user to see, and a refused write changes nothing.
 */
class AccessPropertiesTest {
  private static final List<UserId> USERS = List.of(
      UserId.of("m-0"), UserId.of("m-1"), UserId.of("m-2"), UserId.of("m-3"), UserId.of("boss"), UserId.of("eye"));
  private static final Phone SHARED_PHONE = Phone.parse("+7 495 000-00-01");

  /** A random base of clients with facts, a random policy and a random user. */
  record Scenario(List<Client> clients, RuleBasedAccessPolicy policy, UserId user, int pageSize, int target) {
    @Override
    public String toString() {
      return "user " + user + ", page size " + pageSize + ", target " + target + ", policy " + policy
          + ", clients " + clients.stream().map(c -> c.id() + ":" + c.responsible().map(UserId::value).orElse("-")).toList();
    }
  }

  private static Gen<Scenario> scenarios() {
    Gen<Integer> count = integers().between(1, 24);
    Gen<Integer> manager = integers().between(-1, 3);
    Gen<Integer> bits = integers().between(0, 63);
    Gen<Integer> small = integers().between(0, 9);
    return in -> {
      int n = count.generate(in);
      List<Client> clients = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int m = manager.generate(in);
        int link = small.generate(in);
        Client.Builder b = Client.builder().from(Fixture.client(String.format("c-%02d", i), m < 0 ? null : USERS.get(m)));
        if (link < 5) {
          b.addContacts(ClientContact.builder().contactPerson(ContactPersonId.of("p-" + link)).keyPerson(link % 2 == 0).build());
        }
        if (small.generate(in) < 4) {
          b.addPhones(SHARED_PHONE);
        }
        clients.add(b.build());
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
      return new Scenario(clients, policy.build(), user, integers().between(1, 7).generate(in),
          integers().between(0, n - 1).generate(in));
    };
  }

  /** The base of a scenario: the clients, contact persons with birthdays, a task, an interaction and a shipment per client. */
  private static Fixture base(Scenario s) {
    Fixture f = new Fixture(s.policy());
    for (int p = 0; p < 5; p++) {
      f.base.contactPersonStore().insert(ContactPerson.builder().from(Fixture.person("p-" + p, "Лицов Пётр"))
          .birthday(Birthday.of(MonthDay.of(3, 11 + p))).build());
    }
    int i = 0;
    for (Client client : s.clients()) {
      f.base.clientStore().insert(client);
      UserId responsible = client.responsible().orElse(USERS.get(i % 4));
      f.base.taskStore().insert(Task.builder().id(TaskId.of("t-" + client.id())).subject("Call")
          .responsible(responsible).client(client.id()).start(T0).due(T0.plus(Duration.ofHours(i))).build());
      f.base.interactionStore().insert(Interaction.builder().id(InteractionId.of("e-" + client.id()))
          .type(InteractionType.PHONE_CALL).state(InteractionState.PLANNED).subject("Call").client(client.id())
          .start(T0.plus(Duration.ofMinutes(i))).build());
      f.base.shipmentStore().insert(Shipment.of(ShipmentId.of("s-" + client.id()), client.id(),
          LocalDate.of(2026, 1 + i % 3, 5), Money.of(String.valueOf(100 * (i % 5)), "RUB")));
      i++;
    }
    f.base.taxIdLookup().add(new CounterpartyRequisites(Inn.of(ContractFixtures.INN), "ПАО Сбербанк",
        Optional.empty(), Optional.empty(), Optional.empty()));
    return f;
  }

  private static void assertVisible(Fixture f, Scenario s, ClientId client, String where) {
    Client card = f.base.clientStore().find(client).orElseThrow().value();
    assertThat(s.policy().canView(s.user(), card) || s.policy().canEdit(s.user(), card))
        .as("%s returned client %s that %s may not see", where, client, s.user()).isTrue();
  }

  @Test
  void aRestrictedQueryNeverReturnsAClientThePolicyForbids() {
    qt().withExamples(150).forAll(scenarios()).checkAssert(s -> {
      Fixture f = base(s);
      UserId user = s.user();
      List<ClientId> expected = s.clients().stream()
          .filter(c -> s.policy().canView(user, c) || s.policy().canEdit(user, c)).map(Client::id).toList();

      RestrictedClients restricted = RestrictedClients.of(f.base.clientStore(), s.policy()).withPageSize(s.pageSize());
      List<ClientId> walked = new ArrayList<>();
      Optional<ClientId> after = Optional.empty();
      while (true) {
        var page = after.isPresent() ? restricted.page(user, after.get(), s.pageSize())
            : restricted.firstPage(user, s.pageSize());
        page.forEach(c -> walked.add(c.value().id()));
        if (page.size() < s.pageSize()) {
          break;
        }
        after = Optional.of(page.get(page.size() - 1).value().id());
      }
      assertThat(walked).as("restricted pages").containsExactlyElementsOf(expected);
      restricted.findByPhone(user, SHARED_PHONE).forEach(c -> assertVisible(f, s, c.id(), "findByPhone"));
      restricted.findByContactPerson(user, ContactPersonId.of("p-1")).forEach(c -> assertVisible(f, s, c.id(), "findByContactPerson"));

      List<ClientClass> classes = AbcXyzClassification.builder().clientbase(f.base).accessPolicy(s.policy()).pageSize(s.pageSize()).build()
          .classify(user, ClassificationSettings.ofDefaults(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
      assertThat(classes).extracting(ClientClass::client).containsExactlyElementsOf(expected);

      List<ClientQuality> qualities = new ArrayList<>();
      ClientBaseQuality.builder().clientbase(f.base)
          .clientCard(CardConfiguration.builder().cardType(CardType.CLIENT).addRequiredFields("phones").build())
          .accessPolicy(s.policy()).pageSize(s.pageSize()).build()
          .report(user, qualities::add);
      assertThat(qualities).extracting(ClientQuality::client).containsExactlyElementsOf(expected);

      List<Reminder> reminders = ReminderService.builder().clientbase(f.base).accessPolicy(s.policy()).clock(f.clock).pageSize(s.pageSize())
          .build().upcoming(user, LocalDate.of(2026, 3, 10), 10);
      reminders.forEach(r -> r.clients().forEach(c -> assertVisible(f, s, c, "reminders")));

      TaskService tasks = TaskService.builder().clientbase(f.base)
          .accessPolicy(s.policy()).clock(f.clock).pageSize(s.pageSize()).build();
      for (Task task : tasks.list(user, TaskFilter.all())) {
        if (!task.responsible().equals(user)) {
          assertVisible(f, s, task.client().orElseThrow(), "task list");
        }
      }

      InteractionService interactions = InteractionService.builder().clientbase(f.base).accessPolicy(s.policy()).clock(f.clock)
          .pageSize(s.pageSize()).build();
      assertThat(interactions.byType(user, InteractionType.PHONE_CALL, T0, T0.plus(Duration.ofDays(1))))
          .extracting(i -> i.client().orElseThrow()).containsExactlyInAnyOrderElementsOf(expected);
    });
  }

  /** Everything the fixture's stores hold, to compare before and after a refused write. */
  private static List<Object> state(Fixture f) {
    InMemoryClientbase.Snapshot snapshot = f.base.snapshot();
    return List.of(snapshot, f.clientHistory.all(), f.personHistory.all());
  }

  @Test
  void aRefusedWriteChangesNothing() {
    qt().withExamples(150).forAll(scenarios(), integers().between(0, 8)).checkAssert((s, write) -> {
      Fixture f = base(s);
      UserId user = s.user();
      Client target = s.clients().get(s.target());
      boolean mayEdit = s.policy().canEdit(user, target);
      CardHistory history = f.cardHistory();
      TaskService tasks = TaskService.builder().clientbase(f.base)
          .accessPolicy(s.policy()).clock(f.clock).build();
      InteractionService interactions = InteractionService.builder().clientbase(f.base).accessPolicy(s.policy()).clock(f.clock).build();
      Consumer<Fixture> attempt = switch (write) {
        case 0 -> x -> history.updateClient(user, Client.builder().from(target).comment("changed").build(), 1);
        case 1 -> x -> history.createClient(user, Client.builder().from(target).id(ClientId.of("new")).build());
        case 2 -> x -> KeyPersons.builder().clientbase(f.base).accessPolicy(s.policy()).cardHistory(history).build()
            .mark(user, target.id(), target.contacts().isEmpty() ? ContactPersonId.of("p-0")
                : target.contacts().get(0).contactPerson(), true);
        case 3 -> x -> tasks.create(user, Task.builder().id(TaskId.of("t-new")).subject("Call").responsible(user)
            .client(target.id()).start(T0).due(T0).build());
        case 4 -> x -> tasks.cancel(user, TaskId.of("t-" + target.id()));
        case 5 -> x -> interactions.record(user, Interaction.builder().id(InteractionId.of("e-new"))
            .type(InteractionType.MEETING).state(InteractionState.PLANNED).subject("Meet").client(target.id())
            .start(T0).build());
        case 6 -> x -> interactions.complete(user, InteractionId.of("e-" + target.id()));
        case 7 -> x -> RequisitesAutoFill.builder().lookup(f.base.taxIdLookup()).clientbase(f.base).accessPolicy(s.policy()).build()
            .create(user, target.id(), Inn.of(ContractFixtures.INN));
        default -> x -> history.updateContactPerson(user, ContactPerson.builder()
            .from(f.base.contactPersonStore().find(ContactPersonId.of("p-1")).orElseThrow().value()).position("Director").build(), 1);
      };
      boolean allowed = switch (write) {
        case 4 -> mayEdit || tasksOwnedBy(f, target, user);
        case 8 -> ClientAccess.of(s.policy(), f.base.clientStore())
            .canContactPerson(user, ContactPersonId.of("p-1"), Permission.EDIT);
        default -> mayEdit;
      };
      if (write == 2 && target.contacts().isEmpty()) {
        return;   // nothing to mark
      }
      if (allowed) {
        // an allowed write succeeds and takes effect: any exception, a refusal included, fails
        List<Object> before = state(f);
        attempt.accept(f);
        if (write != 2) {
          assertThat(state(f)).as("write %d by %s on %s took effect", write, user, target.id()).isNotEqualTo(before);
        }
        return;
      }
      List<Object> before = state(f);
      assertThatThrownBy(() -> attempt.accept(f)).as("write %d by %s on %s", write, user, target.id())
          .isInstanceOf(AccessDeniedException.class);
      assertThat(state(f)).isEqualTo(before);
      assertThat(f.base.taxIdLookup().lookups()).isZero();
    });
  }

  private static boolean tasksOwnedBy(Fixture f, Client target, UserId user) {
    Task task = f.base.taskStore().find(TaskId.of("t-" + target.id())).orElseThrow().value();
    return task.responsible().equals(user) || task.author().map(user::equals).orElse(false);
  }
}
