package org.clientbase.rules.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.rules.access.Fixture.ADMIN;
import static org.clientbase.rules.access.Fixture.MANAGER_1;
import static org.clientbase.rules.access.Fixture.MANAGER_2;
import static org.clientbase.rules.access.Fixture.MANAGER_3;
import static org.clientbase.rules.access.Fixture.STRANGER;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.access.Fixture;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
  private final Fixture f = new Fixture();

  private ReminderService service(Consumer<ReminderService.Builder> settings) {
    ReminderService.Builder b = ReminderService.builder()
        .clientbase(f.base)
        .accessPolicy(f.policy).clock(f.clock).pageSize(2);
    settings.accept(b);
    return b.build();
  }

  private ReminderService service() {
    return service(b -> {});
  }

  /** Stores a contact person with a birthday, linked to a client of a manager. */
  private ContactPerson person(String id, String name, Birthday birthday, String client, boolean key) {
    ContactPerson person = ContactPerson.builder().from(Fixture.person(id, name)).birthday(birthday).build();
    f.base.contactPersonStore().insert(person);
    ClientId clientId = ClientId.of(client);
    var stored = f.base.clientStore().find(clientId);
    if (stored.isEmpty()) {
      f.base.clientStore().insert(Client.builder().from(Fixture.client(client, MANAGER_1))
          .addContacts(ClientContact.builder().contactPerson(person.id()).keyPerson(key).build()).build());
    } else {
      f.base.clientStore().update(Client.builder().from(stored.get().value())
          .addContacts(ClientContact.builder().contactPerson(person.id()).keyPerson(key).build()).build(),
          stored.get().version());
    }
    return person;
  }

  private static List<String> names(List<Reminder> reminders) {
    return reminders.stream().map(r -> r.date() + " " + r.name()).toList();
  }

  @Test
  void birthdaysAcrossTheTurnOfTheYearAreAnnouncedInDateOrder() {
    person("p-1", "Новогодний Иван", Birthday.of(MonthDay.of(1, 1)), "c-1", false);
    person("p-2", "Декабрёв Пётр", Birthday.of(MonthDay.of(12, 31)), "c-1", false);
    person("p-3", "Январёва Анна", Birthday.of(LocalDate.of(1990, 1, 4)), "c-1", false);
    person("p-4", "Поздний Олег", Birthday.of(MonthDay.of(1, 5)), "c-1", false);
    person("p-5", "Ранний Глеб", Birthday.of(MonthDay.of(12, 27)), "c-1", false);

    List<Reminder> week = service().upcoming(MANAGER_1, LocalDate.of(2025, 12, 28), 7);

    assertThat(names(week)).containsExactly(
        "2025-12-31 Декабрёв Пётр", "2026-01-01 Новогодний Иван", "2026-01-04 Январёва Анна");
    assertThat(week.get(2).years()).contains(36);
    assertThat(week.get(0).years()).isEmpty();
    assertThat(week.get(0).occasion()).isEqualTo("Birthday");
    assertThat(week.get(0).clients()).containsExactly(ClientId.of("c-1"));
  }

  @Test
  void todayIsTheWindowWhenNoDaysAreAdded() {
    f.clock.set(LocalDate.of(2026, 3, 10).atStartOfDay(Fixture.MOSCOW).toInstant());
    person("p-1", "Сегодняшний Иван", Birthday.of(MonthDay.of(3, 10)), "c-1", false);
    person("p-2", "Завтрашний Иван", Birthday.of(MonthDay.of(3, 11)), "c-1", false);
    assertThat(names(service().upcoming(MANAGER_1, 0))).containsExactly("2026-03-10 Сегодняшний Иван");
  }

  @Test
  void theDayComesFromTheClockInTheHostsZone() {
    // 22:00 UTC on 9 March is already 10 March in Moscow
    f.clock.set(LocalDate.of(2026, 3, 9).atTime(22, 0).toInstant(ZoneOffset.UTC));
    person("p-1", "Мартовский Иван", Birthday.of(MonthDay.of(3, 9)), "c-1", false);
    person("p-2", "Сегодняшний Иван", Birthday.of(MonthDay.of(3, 10)), "c-1", false);
    assertThat(names(service().upcoming(MANAGER_1, 0))).containsExactly("2026-03-10 Сегодняшний Иван");
  }

  @Test
  void the29thOfFebruaryFallsOnThe28thInACommonYearByDefault() {
    person("p-1", "Високосная Анна", Birthday.of(MonthDay.of(2, 29), Year.of(2000)), "c-1", false);

    List<Reminder> common = service().upcoming(MANAGER_1, LocalDate.of(2026, 2, 25), 5);
    List<Reminder> leap = service().upcoming(MANAGER_1, LocalDate.of(2028, 2, 25), 5);

    assertThat(names(common)).containsExactly("2026-02-28 Високосная Анна");
    assertThat(common.get(0).years()).contains(26);
    assertThat(names(leap)).containsExactly("2028-02-29 Високосная Анна");
    assertThat(leap.get(0).years()).contains(28);
    assertThat(service().leapDayRule()).isEqualTo(LeapDayRule.FEBRUARY_28);
  }

  @Test
  void the29thOfFebruaryFallsOnThe1stOfMarchWhenSoConfigured() {
    person("p-1", "Високосная Анна", Birthday.of(MonthDay.of(2, 29)), "c-1", false);
    ReminderService march = service(b -> b.leapDayRule(LeapDayRule.MARCH_1));

    assertThat(names(march.upcoming(MANAGER_1, LocalDate.of(2026, 2, 27), 1))).isEmpty();
    assertThat(names(march.upcoming(MANAGER_1, LocalDate.of(2026, 2, 27), 2))).containsExactly("2026-03-01 Високосная Анна");
    assertThat(names(march.upcoming(MANAGER_1, LocalDate.of(2028, 2, 27), 2))).containsExactly("2028-02-29 Високосная Анна");
  }

  @Test
  void the29thOfFebruaryIsSkippedInCommonYearsWhenSoConfigured() {
    person("p-1", "Високосная Анна", Birthday.of(MonthDay.of(2, 29)), "c-1", false);
    ReminderService leapOnly = service(b -> b.leapDayRule(LeapDayRule.LEAP_YEARS_ONLY));

    assertThat(leapOnly.upcoming(MANAGER_1, LocalDate.of(2026, 2, 1), 60)).isEmpty();
    assertThat(names(leapOnly.upcoming(MANAGER_1, LocalDate.of(2028, 2, 1), 60))).containsExactly("2028-02-29 Високосная Анна");
  }

  @Test
  void aWindowOfAYearAndADayMeetsTheSameDateTwice() {
    person("p-1", "Годовой Иван", Birthday.of(MonthDay.of(6, 1)), "c-1", false);
    assertThat(names(service().upcoming(MANAGER_1, LocalDate.of(2026, 6, 1), 365)))
        .containsExactly("2026-06-01 Годовой Иван", "2027-06-01 Годовой Иван");
  }

  @Test
  void customDateFieldsOfClientsAndContactPersonsAreAnnounced() {
    f.base.contactPersonStore().insert(ContactPerson.builder().from(Fixture.person("p-1", "Петрова Анна"))
        .putCustomFields("contractEnds", FieldValue.date(LocalDate.of(2026, 3, 12)))
        .putCustomFields("weddingDay", FieldValue.date(LocalDate.of(2015, 3, 14)))
        .build());
    f.base.clientStore().insert(Client.builder().from(Fixture.client("c-1", MANAGER_1))
        .name("Ромашка")
        .putCustomFields("foundedOn", FieldValue.date(LocalDate.of(2006, 3, 11)))
        .addContacts(ClientContact.of(ContactPersonId.of("p-1")))
        .build());
    ReminderService service = service(b -> b
        .addDateField(DateField.yearly(CardType.CLIENT, "foundedOn", "Company anniversary"))
        .addDateField(DateField.once(CardType.CONTACT_PERSON, "contractEnds", "Contract ends"))
        .addDateField(DateField.yearly(CardType.CONTACT_PERSON, "weddingDay", "Wedding anniversary")));

    List<Reminder> reminders = service.upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 7);

    assertThat(reminders).extracting(r -> r.date() + " " + r.occasion() + " " + r.name() + " " + r.years())
        .containsExactly(
            "2026-03-11 Company anniversary Ромашка Optional[20]",
            "2026-03-12 Contract ends Петрова Анна Optional.empty",
            "2026-03-14 Wedding anniversary Петрова Анна Optional[11]");
    assertThat(reminders.get(0).contactPerson()).isEmpty();
    assertThat(reminders.get(1).contactPerson()).contains(ContactPersonId.of("p-1"));
    assertThat(service.upcoming(MANAGER_1, LocalDate.of(2027, 3, 10), 7)).extracting(Reminder::occasion)
        .containsExactly("Company anniversary", "Wedding anniversary");
  }

  @Test
  void keyPersonsOnlyLeavesOutTheOtherContactPersons() {
    person("p-1", "Ключевой Иван", Birthday.of(MonthDay.of(3, 12)), "c-1", true);
    person("p-2", "Обычный Иван", Birthday.of(MonthDay.of(3, 12)), "c-1", false);

    List<Reminder> all = service().upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 7);
    List<Reminder> key = service(b -> b.keyPersonsOnly(true)).upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 7);

    assertThat(all).hasSize(2);
    assertThat(all.get(0).keyPerson()).isTrue();
    assertThat(key).extracting(Reminder::name).containsExactly("Ключевой Иван");
  }

  @Test
  void aPersonLinkedToSeveralClientsGetsOneReminderNamingTheVisibleOnes() {
    ContactPerson accountant = person("p-1", "Бухгалтерова Ольга", Birthday.of(MonthDay.of(3, 12)), "c-1", false);
    f.base.clientStore().insert(Client.builder().from(Fixture.client("c-2", MANAGER_3))
        .addContacts(ClientContact.of(accountant.id())).build());
    f.base.clientStore().insert(Client.builder().from(Fixture.client("c-3", MANAGER_2))
        .addContacts(ClientContact.of(accountant.id())).build());

    assertThat(service().upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 7)).singleElement()
        .satisfies(r -> assertThat(r.clients()).containsExactly(ClientId.of("c-1"), ClientId.of("c-2")));
    assertThat(service().upcoming(ADMIN, LocalDate.of(2026, 3, 10), 7)).singleElement()
        .satisfies(r -> assertThat(r.clients()).hasSize(3));
    assertThat(service().upcoming(MANAGER_2, LocalDate.of(2026, 3, 10), 7)).singleElement()
        .satisfies(r -> assertThat(r.clients()).containsExactly(ClientId.of("c-3")));
    assertThat(service().upcoming(STRANGER, LocalDate.of(2026, 3, 10), 7)).isEmpty();
  }

  @Test
  void aContactPersonLinkedToNoClientIsNotAnnounced() {
    f.base.contactPersonStore().insert(ContactPerson.builder().from(Fixture.person("p-9", "Ничейный Иван"))
        .birthday(Birthday.of(MonthDay.of(3, 12))).build());
    assertThat(service().upcoming(ADMIN, LocalDate.of(2026, 3, 10), 7)).isEmpty();
  }

  @Test
  void settingsAreCheckedWithClearMessages() {
    assertThatThrownBy(() -> service().upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 367))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ReminderService.upcoming days 367: must be from 0 to 366");
    assertThatThrownBy(() -> service(b -> b
            .addDateField(DateField.yearly(CardType.CLIENT, "foundedOn", "A"))
            .addDateField(DateField.once(CardType.CLIENT, "foundedOn", "B"))))
        .hasMessage("ReminderService.dateFields CLIENT.foundedOn: was already added");
    assertThatThrownBy(() -> DateField.yearly(CardType.LEAD, "x", "y"))
        .hasMessageContaining("reminders read client and contact person cards only");
    assertThatThrownBy(() -> service(b -> b.leapDayRule(LeapDayRule.MARCH_1).leapDayRule(LeapDayRule.MARCH_1)))
        .hasMessageContaining("ReminderService.leapDayRule MARCH_1: was already set to MARCH_1");
    assertThatThrownBy(() -> ReminderService.builder().clock(f.clock).build())
        .isInstanceOf(MissingValuesException.class)
        .hasMessage("ReminderService: missing clientbase, accessPolicy");
    assertThatThrownBy(() -> service(b -> b.pageSize(0)))
        .hasMessageContaining("ReminderService.pageSize 0: must be from 1 to 100000");
  }

  @Test
  void aBirthdayBeforeTheYearOfBirthIsNotAnnounced() {
    person("p-1", "Будущий Иван", Birthday.of(LocalDate.of(2026, 3, 12)), "c-1", false);
    assertThat(service().upcoming(MANAGER_1, LocalDate.of(2025, 3, 10), 7)).isEmpty();
    assertThat(service().upcoming(MANAGER_1, LocalDate.of(2026, 3, 10), 7)).singleElement()
        .satisfies(r -> assertThat(r.years()).contains(0));
    assertThat(Optional.of(1)).isPresent();
  }
}
