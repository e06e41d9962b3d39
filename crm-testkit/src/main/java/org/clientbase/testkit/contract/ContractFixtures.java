package org.clientbase.testkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.activity.Interest;
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
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.core.task.Task;

/**
 * Valid, fixed domain objects for the contract tests, so that a host can run them without a
 * property-testing library. Every method returns the same value for the same arguments; a
 * {@code variant} number gives records that differ in content but keep their id, for updates.
 *
 * <p>Dates count from {@link #DAY_ONE} and instants from {@link #MOMENT_ONE}; no clock is read.
 */
public final class ContractFixtures {
  /** The first day of the fixtures' calendar; {@code day} arguments count from it. */
  public static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 1);
  /** The first instant of the fixtures' calendar; {@code day} arguments count from it. */
  public static final Instant MOMENT_ONE = Instant.parse("2026-01-01T09:00:00Z");
  /** A valid 10-digit INN of an organisation. */
  public static final String INN = "7707083893";
  /** Another valid 10-digit INN of an organisation. */
  public static final String OTHER_INN = "7736207543";
  /** A valid 12-digit INN of a sole proprietor. */
  public static final String SOLE_PROPRIETOR_INN = "500100732259";
  /** A valid KPP. */
  public static final String KPP = "773601001";
  /** Another valid KPP, of a branch. */
  public static final String BRANCH_KPP = "773643001";
  /** A valid 13-digit OGRN. */
  public static final String OGRN = "1027700132195";
  /** A valid 15-digit OGRNIP of a sole proprietor. */
  public static final String OGRNIP = "304500116000157";
  /** The manager the fixtures make responsible, unless told otherwise. */
  public static final UserId MANAGER = UserId.of("manager-1");

  private ContractFixtures() {}

  /**
   * Returns a distinct Russian mobile phone for a number.
   *
   * @param n the number, from 0 to 9 999 999
   * @return the phone {@code +7 916 nnn-nn-nn}
   */
  public static Phone phone(int n) {
    return Phone.parse(String.format("+7 916 %07d", n));
  }

  /**
   * Returns a distinct email for a number.
   *
   * @param n the number
   * @return the email {@code contact<n>@example.ru}
   */
  public static Email email(int n) {
    return Email.of("contact" + n + "@example.ru");
  }

  /**
   * Returns a lead with one phone and one email.
   *
   * @param id the lead's id text
   * @param variant distinguishes versions of the same lead: it sets the comment
   * @return the lead
   */
  public static Lead lead(String id, int variant) {
    return Lead.builder()
        .id(LeadId.of(id))
        .name(PersonName.of("Иванов", "Иван", "Иванович"))
        .company("ООО «Ромашка»")
        .addPhones(phone(variant))
        .addEmails(email(variant))
        .comment("variant " + variant)
        .responsible(MANAGER)
        .build();
  }

  /**
   * Returns a lead with the given phones and emails.
   *
   * @param id the lead's id text
   * @param phones the phones, without repeats
   * @param emails the emails, without repeats
   * @return the lead
   */
  public static Lead lead(String id, Iterable<Phone> phones, Iterable<Email> emails) {
    return Lead.builder()
        .id(LeadId.of(id))
        .name(PersonName.of("Петров", "Пётр"))
        .addAllPhones(phones)
        .addAllEmails(emails)
        .build();
  }

  /**
   * Returns a legal-entity client.
   *
   * @param id the client's id text
   * @param variant distinguishes versions of the same client: it sets the comment
   * @return the client
   */
  public static Client client(String id, int variant) {
    return Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Ромашка")
        .createdOn(DAY_ONE)
        .addPhones(phone(variant))
        .addEmails(email(variant))
        .responsible(MANAGER)
        .comment("variant " + variant)
        .build();
  }

  /**
   * Returns a client with the given phones, emails and contact persons.
   *
   * @param id the client's id text
   * @param phones the phones, without repeats
   * @param emails the emails, without repeats
   * @param contactPersons the linked contact persons, each once
   * @return the client
   */
  public static Client client(
      String id, Iterable<Phone> phones, Iterable<Email> emails, Iterable<ContactPersonId> contactPersons) {
    Client.Builder builder = Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.LEGAL_ENTITY)
        .name("Василёк")
        .createdOn(DAY_ONE)
        .addAllPhones(phones)
        .addAllEmails(emails);
    for (ContactPersonId person : contactPersons) {
      builder.addContacts(ClientContact.builder().contactPerson(person).role("Director").build());
    }
    return builder.build();
  }

  /**
   * Returns a client with a responsible manager.
   *
   * @param id the client's id text
   * @param responsible the responsible manager
   * @return the client
   */
  public static Client client(String id, UserId responsible) {
    return individual(id, Optional.of(responsible));
  }

  /**
   * Returns a client that no manager is responsible for.
   *
   * @param id the client's id text
   * @return the client
   */
  public static Client client(String id) {
    return individual(id, Optional.empty());
  }

  private static Client individual(String id, Optional<UserId> responsible) {
    return Client.builder()
        .id(ClientId.of(id))
        .kind(ClientKind.INDIVIDUAL)
        .name("Сидоров Семён")
        .createdOn(DAY_ONE)
        .responsible(responsible)
        .build();
  }

  /**
   * Returns a contact person.
   *
   * @param id the contact person's id text
   * @param variant distinguishes versions of the same person: it sets phone, email and comment
   * @return the contact person
   */
  public static ContactPerson contactPerson(String id, int variant) {
    return ContactPerson.builder()
        .id(ContactPersonId.of(id))
        .name(PersonName.of("Петрова", "Анна", "Сергеевна"))
        .position("Chief accountant")
        .addPhones(phone(variant))
        .addEmails(email(variant))
        .comment("variant " + variant)
        .build();
  }

  /**
   * Returns a contact person with the given phones and emails.
   *
   * @param id the contact person's id text
   * @param phones the phones, without repeats
   * @param emails the emails, without repeats
   * @return the contact person
   */
  public static ContactPerson contactPerson(String id, Iterable<Phone> phones, Iterable<Email> emails) {
    return ContactPerson.builder()
        .id(ContactPersonId.of(id))
        .name(PersonName.of("Smith", "John"))
        .addAllPhones(phones)
        .addAllEmails(emails)
        .build();
  }

  /**
   * Returns an organisation's counterparty (INN {@value #INN}, OGRN {@value #OGRN}).
   *
   * @param id the counterparty's id text
   * @param client the client
   * @param variant distinguishes versions of the same counterparty: it sets the legal name
   * @return the counterparty
   */
  public static Counterparty counterparty(String id, ClientId client, int variant) {
    return counterparty(id, client, INN, KPP, "ООО «Ромашка-" + variant + "»");
  }

  /**
   * Returns an organisation's counterparty with the given INN and KPP.
   *
   * @param id the counterparty's id text
   * @param client the client
   * @param inn a valid 10-digit INN
   * @param kpp a valid KPP
   * @param legalName the legal name
   * @return the counterparty
   */
  public static Counterparty counterparty(String id, ClientId client, String inn, String kpp, String legalName) {
    return Counterparty.builder()
        .id(CounterpartyId.of(id))
        .client(client)
        .legalName(legalName)
        .inn(Inn.of(inn))
        .kpp(Kpp.of(kpp))
        .build();
  }

  /**
   * Returns a sole proprietor's counterparty (INN {@value #SOLE_PROPRIETOR_INN}, OGRNIP
   * {@value #OGRNIP}).
   *
   * @param id the counterparty's id text
   * @param client the client
   * @return the counterparty
   */
  public static Counterparty soleProprietor(String id, ClientId client) {
    return Counterparty.builder()
        .id(CounterpartyId.of(id))
        .client(client)
        .legalName("ИП Сидоров Семён Семёнович")
        .inn(Inn.of(SOLE_PROPRIETOR_INN))
        .ogrn(Ogrn.of(OGRNIP))
        .build();
  }

  /**
   * Returns a planned phone call with a client.
   *
   * @param id the interaction's id text
   * @param client the client
   * @param day the start, in days after {@link #MOMENT_ONE}
   * @return the interaction
   */
  public static Interaction interaction(String id, ClientId client, int day) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .type(InteractionType.PHONE_CALL)
        .state(InteractionState.PLANNED)
        .subject("Discuss the offer")
        .client(client)
        .start(MOMENT_ONE.plus(Duration.ofDays(day)))
        .build();
  }

  /**
   * Returns a planned meeting with a lead, with no client.
   *
   * @param id the interaction's id text
   * @param lead the lead
   * @param day the start, in days after {@link #MOMENT_ONE}
   * @return the interaction
   */
  public static Interaction leadInteraction(String id, LeadId lead, int day) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .type(InteractionType.MEETING)
        .state(InteractionState.PLANNED)
        .subject("First meeting")
        .lead(lead)
        .start(MOMENT_ONE.plus(Duration.ofDays(day)))
        .build();
  }

  /**
   * Returns an open interest with a client.
   *
   * @param id the interest's id text
   * @param client the client
   * @param day the opening date, in days after {@link #DAY_ONE}
   * @return the interest
   */
  public static Interest interest(String id, ClientId client, int day) {
    return Interest.builder()
        .id(InterestId.of(id))
        .client(client)
        .openedOn(DAY_ONE.plusDays(day))
        .stage("Proposal sent")
        .amount(Money.of("150000.00", "RUB"))
        .build();
  }

  /**
   * Returns an open interest with a lead, with no client.
   *
   * @param id the interest's id text
   * @param lead the lead
   * @param day the opening date, in days after {@link #DAY_ONE}
   * @return the interest
   */
  public static Interest leadInterest(String id, LeadId lead, int day) {
    return Interest.builder()
        .id(InterestId.of(id))
        .lead(lead)
        .openedOn(DAY_ONE.plusDays(day))
        .build();
  }

  /**
   * Returns a payment from a client.
   *
   * @param id the payment's id text
   * @param client the client
   * @param day the date, in days after {@link #DAY_ONE}
   * @return the payment
   */
  public static Payment payment(String id, ClientId client, int day) {
    return Payment.of(PaymentId.of(id), client, DAY_ONE.plusDays(day), Money.of("15000.00", "RUB"));
  }

  /**
   * Returns a shipment to a client.
   *
   * @param id the shipment's id text
   * @param client the client
   * @param day the date, in days after {@link #DAY_ONE}
   * @return the shipment
   */
  public static Shipment shipment(String id, ClientId client, int day) {
    return Shipment.of(ShipmentId.of(id), client, DAY_ONE.plusDays(day), Money.of("15000.00", "RUB"));
  }

  /**
   * Returns an open task about a client, given to {@link #MANAGER}.
   *
   * @param id the task's id text
   * @param client the client
   * @param day the start, in days after {@link #MOMENT_ONE}; due a day later
   * @return the task
   */
  public static Task task(String id, ClientId client, int day) {
    return task(id, Optional.of(client), MANAGER, day);
  }

  /**
   * Returns an open task about a client.
   *
   * @param id the task's id text
   * @param client the client it is about
   * @param responsible who has to do it
   * @param day the start, in days after {@link #MOMENT_ONE}; due a day later
   * @return the task
   */
  public static Task task(String id, ClientId client, UserId responsible, int day) {
    return task(id, Optional.of(client), responsible, day);
  }

  /**
   * Returns an open task about no client.
   *
   * @param id the task's id text
   * @param responsible who has to do it
   * @param day the start, in days after {@link #MOMENT_ONE}; due a day later
   * @return the task
   */
  public static Task task(String id, UserId responsible, int day) {
    return task(id, Optional.empty(), responsible, day);
  }

  private static Task task(String id, Optional<ClientId> client, UserId responsible, int day) {
    Instant start = MOMENT_ONE.plus(Duration.ofDays(day));
    return Task.builder()
        .id(TaskId.of(id))
        .subject("Call back about the offer")
        .responsible(responsible)
        .client(client)
        .start(start)
        .due(start.plus(Duration.ofDays(1)))
        .build();
  }

  /**
   * Returns a status change set by a rule.
   *
   * @param client the client
   * @param previous the status before, or {@code null} for the client's first status
   * @param status the new status
   * @param day the date, in days after {@link #DAY_ONE}
   * @return the status change
   */
  public static StatusAssignment statusChange(ClientId client, String previous, String status, int day) {
    return StatusAssignment.builder()
        .client(client)
        .previous(Optional.ofNullable(previous).map(StatusId::of))
        .status(StatusId.of(status))
        .since(DAY_ONE.plusDays(day))
        .reason(StatusReason.byRule(TemplateKey.ACTIVE))
        .explanation("contract fixture")
        .build();
  }
}
