package org.clientbase.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.InterestOutcome;
import org.clientbase.core.activity.Payment;
import org.clientbase.core.activity.Shipment;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.FileId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.PaymentId;
import org.clientbase.core.id.ShipmentId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.TaskId;
import org.clientbase.core.id.TeamId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.status.CalculationMode;
import org.clientbase.core.status.Colour;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.core.task.Task;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.clientbase.testkit.generators.ClientHistory.Profile;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of realistic values of every domain type: the one place tests and
 * hosts take their data from.
 *
 * <p>The data looks like the client base of a Russian company: names with gendered surnames and
 * patronymics ({@code Иванов Иван Петрович}, {@code Иванова Мария Сергеевна}) and Latin names
 * ({@code Smith John}), companies with legal forms ({@code ООО «Ромашка»}), valid INN, KPP, OGRN
 * and OGRNIP that agree with each other, mobile and landline phones written the many ways people
 * write them, emails built from transliterated names, Russian addresses, amounts in roubles, and
 * histories of clients over a period for the status engine.
 *
 * <p>Every generator draws only from QuickTheories' randomness source, so a run is determined by
 * its seed and a failing example shrinks (towards the first word of each list and the smallest
 * number of each range). Nothing here keeps state between calls.
 *
 * <pre>{@code
 * qt().forAll(DomainGenerators.clients()).checkAssert(client -> ...);
 * qt().forAll(DomainGenerators.clientHistories(LocalDate.of(2025, 1, 1), 730))
 *     .checkAssert(history -> ...);
 * }</pre>
 */
public final class DomainGenerators {
  private DomainGenerators() {}

  // ---------------------------------------------------------------- ids

  /**
   * Returns client ids: mostly {@code c-1042}, sometimes a bare number or a UUID.
   *
   * @return the generator
   */
  public static Gen<ClientId> clientIds() {
    return CardGens.ids("c", ClientId::of);
  }

  /**
   * Returns contact person ids, e.g. {@code p-77}.
   *
   * @return the generator
   */
  public static Gen<ContactPersonId> contactPersonIds() {
    return CardGens.ids("p", ContactPersonId::of);
  }

  /**
   * Returns counterparty ids, e.g. {@code k-5}.
   *
   * @return the generator
   */
  public static Gen<CounterpartyId> counterpartyIds() {
    return CardGens.ids("k", CounterpartyId::of);
  }

  /**
   * Returns lead ids, e.g. {@code l-310}.
   *
   * @return the generator
   */
  public static Gen<LeadId> leadIds() {
    return CardGens.ids("l", LeadId::of);
  }

  /**
   * Returns interaction ids, e.g. {@code e-12}.
   *
   * @return the generator
   */
  public static Gen<InteractionId> interactionIds() {
    return CardGens.ids("e", InteractionId::of);
  }

  /**
   * Returns interest ids, e.g. {@code i-8}.
   *
   * @return the generator
   */
  public static Gen<InterestId> interestIds() {
    return CardGens.ids("i", InterestId::of);
  }

  /**
   * Returns payment ids, e.g. {@code pay-19}.
   *
   * @return the generator
   */
  public static Gen<PaymentId> paymentIds() {
    return CardGens.ids("pay", PaymentId::of);
  }

  /**
   * Returns shipment ids, e.g. {@code s-4}.
   *
   * @return the generator
   */
  public static Gen<ShipmentId> shipmentIds() {
    return CardGens.ids("s", ShipmentId::of);
  }

  /**
   * Returns task ids, e.g. {@code t-31}.
   *
   * @return the generator
   */
  public static Gen<TaskId> taskIds() {
    return CardGens.ids("t", TaskId::of);
  }

  /**
   * Returns work status ids, e.g. {@code status-3}.
   *
   * @return the generator
   */
  public static Gen<StatusId> statusIds() {
    return CardGens.ids("status", StatusId::of);
  }

  /**
   * Returns user ids: mostly {@code manager-1} to {@code manager-40}, so that users repeat as
   * they do in a real team.
   *
   * @return the generator
   */
  public static Gen<UserId> userIds() {
    return PartyGens.USER;
  }

  /**
   * Returns team ids, e.g. {@code team-2}.
   *
   * @return the generator
   */
  public static Gen<TeamId> teamIds() {
    return CardGens.ids("team", TeamId::of);
  }

  /**
   * Returns file ids, e.g. {@code f-900}.
   *
   * @return the generator
   */
  public static Gen<FileId> fileIds() {
    return CardGens.ids("f", FileId::of);
  }

  // ---------------------------------------------------------------- names

  /**
   * Returns names of people: four in five Russian, the rest Latin. Every last and first name is
   * a single word (hyphenated names such as {@code Римский-Корсаков} or {@code Jean-Pierre}
   * included), as {@link PersonName#parse(String)} needs for a round trip.
   *
   * @return the generator
   */
  public static Gen<PersonName> personNames() {
    return NameGens.ANY;
  }

  /**
   * Returns Russian names of men and women: the surname in the right gender ({@code Иванов} /
   * {@code Иванова}, {@code Вишневский} / {@code Вишневская}, {@code Шевченко} for both) and,
   * for nearly all, a patronymic formed from a father's name ({@code Петрович} /
   * {@code Петровна}, {@code Ильич} / {@code Ильинична}; a few {@code Алиев оглы}).
   *
   * @return the generator
   */
  public static Gen<PersonName> russianNames() {
    return NameGens.RUSSIAN;
  }

  /**
   * Returns Russian names of men, e.g. {@code Иванов Иван Петрович}.
   *
   * @return the generator
   */
  public static Gen<PersonName> russianMaleNames() {
    return NameGens.RUSSIAN_MALE;
  }

  /**
   * Returns Russian names of women, e.g. {@code Иванова Мария Сергеевна}.
   *
   * @return the generator
   */
  public static Gen<PersonName> russianFemaleNames() {
    return NameGens.RUSSIAN_FEMALE;
  }

  /**
   * Returns Latin names without a patronymic, e.g. {@code Smith John}, {@code O'Brien Emma},
   * {@code Müller Hans} or a transliterated {@code Ivanov Sergey}.
   *
   * @return the generator
   */
  public static Gen<PersonName> latinNames() {
    return NameGens.LATIN;
  }

  /**
   * Returns legal names of organisations with their legal form: {@code ООО «Ромашка»},
   * {@code АО "Вектор"}, {@code Публичное акционерное общество «Гранит»}, {@code Acme LLC}.
   *
   * @return the generator
   */
  public static Gen<String> companyNames() {
    return in -> NameGens.company(in).legalName();
  }

  /**
   * Returns names of sole proprietors, e.g. {@code ИП Петров Иван Сергеевич} or
   * {@code ИП Петрова А. С.}.
   *
   * @return the generator
   */
  public static Gen<String> soleProprietorNames() {
    return in -> NameGens.soleProprietorName(in, NameGens.RUSSIAN.generate(in));
  }

  // ---------------------------------------------------------------- tax ids

  /**
   * Returns valid INNs, half of legal entities (10 digits) and half of individuals (12 digits),
   * starting with a real region code.
   *
   * @return the generator
   */
  public static Gen<Inn> inns() {
    return TaxIdGens.INN;
  }

  /**
   * Returns valid 10-digit INNs of legal entities.
   *
   * @return the generator
   */
  public static Gen<Inn> legalEntityInns() {
    return TaxIdGens.LEGAL_ENTITY_INN;
  }

  /**
   * Returns valid 12-digit INNs of individuals and sole proprietors.
   *
   * @return the generator
   */
  public static Gen<Inn> individualInns() {
    return TaxIdGens.INDIVIDUAL_INN;
  }

  /**
   * Returns KPPs: a tax office code, a reason (mostly {@code 01}, sometimes letters such as
   * {@code AA}) and a number, e.g. {@code 773601001}.
   *
   * @return the generator
   */
  public static Gen<Kpp> kpps() {
    return TaxIdGens.KPP;
  }

  /**
   * Returns valid 13-digit OGRNs of legal entities.
   *
   * @return the generator
   */
  public static Gen<Ogrn> ogrns() {
    return TaxIdGens.OGRN;
  }

  /**
   * Returns valid 15-digit OGRNIPs of sole proprietors.
   *
   * @return the generator
   */
  public static Gen<Ogrn> ogrnips() {
    return TaxIdGens.OGRNIP;
  }

  // ---------------------------------------------------------------- contacts

  /**
   * Returns phones, parsed from varied spellings: Russian mobile and landline numbers (some
   * landlines with an extension) and a few foreign numbers.
   *
   * @return the generator
   */
  public static Gen<Phone> phones() {
    return ContactGens.PHONE;
  }

  /**
   * Returns Russian mobile phones (codes 9xx), without extensions.
   *
   * @return the generator
   */
  public static Gen<Phone> mobilePhones() {
    return ContactGens.MOBILE;
  }

  /**
   * Returns Russian landline phones with real city codes ({@code 495}, {@code 812},
   * {@code 3452}, ...), one in five with an extension.
   *
   * @return the generator
   */
  public static Gen<Phone> landlinePhones() {
    return ContactGens.LANDLINE;
  }

  /**
   * Returns several spellings of one number with the canonical form they denote, e.g.
   * {@code 8 (916) 123-45-67}, {@code +7 916 1234567}, {@code 8-916-123-45-67},
   * {@code 9161234567}, {@code +7.916.123.45.67}, with the same extension written
   * {@code доб. 12}, {@code ext. 12}, {@code x12} or {@code #12}.
   *
   * @return the generator
   */
  public static Gen<PhoneSpellings> phoneSpellings() {
    return ContactGens.SPELLINGS;
  }

  /**
   * Returns phone numbers as people type them, each readable by {@link Phone#parse(String)}.
   *
   * @return the generator
   */
  public static Gen<String> phoneTexts() {
    return in -> Rnd.pick(in, ContactGens.SPELLINGS.generate(in).spellings());
  }

  /**
   * Returns emails: mostly made from a transliterated name ({@code ivan.petrov@yandex.ru},
   * {@code m.ivanova@romashka.ru}, {@code Ivan.Petrov@gmail.com}), role mailboxes
   * ({@code info@vektor.ru}) and a few internationalised addresses ({@code иван@почта.рф}).
   *
   * @return the generator
   */
  public static Gen<Email> emails() {
    return ContactGens.EMAIL;
  }

  /**
   * Returns emails a person with the given name would have, at a free mail service.
   *
   * @param name the person's name
   * @return the generator
   */
  public static Gen<Email> emailsOf(PersonName name) {
    return in -> ContactGens.emailFor(in, name, Optional.empty());
  }

  /**
   * Returns postal addresses: mostly Russian, with postcode, region, city, street, building
   * and apartment or office as they are written ({@code ул. Ленина}, {@code д. 5, корп. 2},
   * {@code оф. 301}), some foreign.
   *
   * @return the generator
   */
  public static Gen<PostalAddress> postalAddresses() {
    return ContactGens.ADDRESS;
  }

  /**
   * Returns Russian postal addresses only.
   *
   * @return the generator
   */
  public static Gen<PostalAddress> russianAddresses() {
    return in -> ContactGens.russianAddress(in, Rnd.pick(in, Dictionary.CITIES));
  }

  /**
   * Returns birthdays, with and without the year; one in ten is 29 February.
   *
   * @return the generator
   */
  public static Gen<Birthday> birthdays() {
    return ContactGens.BIRTHDAY;
  }

  // ---------------------------------------------------------------- money

  /**
   * Returns amounts in roubles from 100 to 15 000 000, shaped like prices (round hundreds,
   * {@code 9 990}, some with kopecks).
   *
   * @return the generator
   */
  public static Gen<Money> rubles() {
    return ContactGens.RUBLES;
  }

  /**
   * Returns amounts in roubles in a range.
   *
   * @param minRubles the least amount in whole roubles, not negative
   * @param maxRubles the greatest amount in whole roubles, not less than {@code minRubles}
   * @return the generator
   */
  public static Gen<Money> rubles(long minRubles, long maxRubles) {
    if (minRubles < 0 || maxRubles < minRubles) {
      throw new IllegalArgumentException("bad range " + minRubles + ".." + maxRubles);
    }
    return in -> ContactGens.rubles(in, minRubles, maxRubles);
  }

  // ---------------------------------------------------------------- cards

  /**
   * Returns tags, e.g. {@code VIP}, {@code опт}, {@code выставка-2025}.
   *
   * @return the generator
   */
  public static Gen<Tag> tags() {
    return CardGens.TAG;
  }

  /**
   * Returns categories in the dimensions region, industry and size, e.g.
   * {@code Регион: Казань}.
   *
   * @return the generator
   */
  public static Gen<Category> categories() {
    return CardGens.CATEGORY;
  }

  /**
   * Returns sources of leads and clients, e.g. {@code Сайт}, {@code Выставка}, {@code Referral}.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return CardGens.SOURCE;
  }

  /**
   * Returns free-text comments, some on two lines.
   *
   * @return the generator
   */
  public static Gen<String> comments() {
    return CardGens.COMMENT;
  }

  /**
   * Returns references to attached files, e.g. {@code Договор поставки.pdf}.
   *
   * @return the generator
   */
  public static Gen<FileReference> fileReferences() {
    return CardGens.FILE;
  }

  // ---------------------------------------------------------------- custom fields

  /**
   * Returns the catalogue of custom fields the generators give cards: one or more of each
   * type, e.g. {@code industry} (an enumeration), {@code employees}, {@code contractDate},
   * {@code accountManager} (a reference to a user).
   *
   * @return the definitions, keys unique
   */
  public static List<FieldDefinition> fieldCatalogue() {
    return FieldGens.CATALOGUE;
  }

  /**
   * Returns custom field definitions of every type: from {@link #fieldCatalogue()} and made up
   * ones such as {@code field7}.
   *
   * @return the generator
   */
  public static Gen<FieldDefinition> fieldDefinitions() {
    return FieldGens.DEFINITION;
  }

  /**
   * Returns custom field definitions, each with a value that fits it.
   *
   * @return the generator
   */
  public static Gen<CustomFieldSample> customFieldSamples() {
    return FieldGens.SAMPLE;
  }

  /**
   * Returns values that fit a definition: of its type, one of its enumeration values, a
   * reference to its target kind of entity.
   *
   * @param definition the definition
   * @return the generator
   */
  public static Gen<FieldValue> fieldValuesFor(FieldDefinition definition) {
    return in -> FieldGens.valueFor(in, definition);
  }

  /**
   * Returns custom values for some of the given fields (each present or not), by key.
   *
   * @param definitions the definitions, keys unique
   * @return the generator
   */
  public static Gen<Map<String, FieldValue>> customValuesFor(
      Collection<FieldDefinition> definitions) {
    List<FieldDefinition> copy = List.copyOf(definitions);
    return in -> Map.copyOf(FieldGens.valuesFor(in, copy, 60));
  }

  /**
   * Returns configurations of a card type: custom fields from {@link #fieldCatalogue()}, shown
   * and required fields (required ones always shown), and, for clients, fields required per
   * status of the default scheme.
   *
   * @param type the card type
   * @return the generator
   */
  public static Gen<CardConfiguration> cardConfigurations(CardType type) {
    return in -> FieldGens.configuration(in, type);
  }

  // ---------------------------------------------------------------- parties

  /**
   * Returns leads: a person, often of a company, with a phone or an email or both, a source;
   * about one in four linked to a client or contact person, most of those converted.
   *
   * @return the generator
   */
  public static Gen<Lead> leads() {
    return PartyGens.LEAD;
  }

  /**
   * Returns leads that are not linked to a client or contact person.
   *
   * @return the generator
   */
  public static Gen<Lead> unconvertedLeads() {
    return PartyGens.UNCONVERTED_LEAD;
  }

  /**
   * Returns clients of all three kinds: organisations (with company phones and emails),
   * sole proprietors and individuals, with tags, categories, sources and custom values.
   *
   * @return the generator
   */
  public static Gen<Client> clients() {
    return PartyGens.portraits(Optional.empty()).map(ClientPortrait::client);
  }

  /**
   * Returns clients of one kind.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<Client> clients(ClientKind kind) {
    return PartyGens.portraits(Optional.of(kind)).map(ClientPortrait::client);
  }

  /**
   * Returns clients with their linked contact persons and their counterparties, consistent
   * with each other (see {@link ClientPortrait}).
   *
   * @return the generator
   */
  public static Gen<ClientPortrait> clientPortraits() {
    return PartyGens.portraits(Optional.empty());
  }

  /**
   * Returns clients of one kind with their contact persons and counterparties.
   *
   * @param kind the kind
   * @return the generator
   */
  public static Gen<ClientPortrait> clientPortraits(ClientKind kind) {
    return PartyGens.portraits(Optional.of(kind));
  }

  /**
   * Returns contact persons: a name, usually a position, phones and emails that match the
   * name, sometimes a birthday (29 February included), tags and attachments.
   *
   * @return the generator
   */
  public static Gen<ContactPerson> contactPersons() {
    return PartyGens.CONTACT_PERSON;
  }

  /**
   * Returns counterparties of organisations (10-digit INN, KPP, 13-digit OGRN) and of sole
   * proprietors (12-digit INN, no KPP, 15-digit OGRNIP), tax ids of one region.
   *
   * @return the generator
   */
  public static Gen<Counterparty> counterparties() {
    return PartyGens.COUNTERPARTY;
  }

  /**
   * Returns links of a client to contact persons: a role such as {@code ЛПР} or
   * {@code Бухгалтерия}, some key persons.
   *
   * @return the generator
   */
  public static Gen<ClientContact> clientContacts() {
    return PartyGens.CLIENT_CONTACT;
  }

  // ---------------------------------------------------------------- activity

  /**
   * Returns days from 2018 to 2026.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return PartyGens::date;
  }

  /**
   * Returns moments in working hours (Moscow time) of days from 2018 to 2026.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return in -> PartyGens.instant(in, PartyGens.date(in));
  }

  /**
   * Returns interactions of every type and state with a client, a lead or contact persons,
   * participants with the contact used, and an end not before the start.
   *
   * @return the generator
   */
  public static Gen<Interaction> interactions() {
    return ActivityGens.INTERACTION;
  }

  /**
   * Returns interests with a client or a lead: active, won or lost, dates consistent, a loss
   * reason on most lost ones, amounts in roubles.
   *
   * @return the generator
   */
  public static Gen<Interest> interests() {
    return ActivityGens.interests(Optional.empty());
  }

  /**
   * Returns active interests.
   *
   * @return the generator
   */
  public static Gen<Interest> activeInterests() {
    return ActivityGens.interests(Optional.of(Optional.empty()));
  }

  /**
   * Returns interests closed as won, on their opening day or later.
   *
   * @return the generator
   */
  public static Gen<Interest> wonInterests() {
    return ActivityGens.interests(Optional.of(Optional.of(InterestOutcome.WON)));
  }

  /**
   * Returns interests closed as lost, on their opening day or later.
   *
   * @return the generator
   */
  public static Gen<Interest> lostInterests() {
    return ActivityGens.interests(Optional.of(Optional.of(InterestOutcome.LOST)));
  }

  /**
   * Returns payments in roubles, some with a counterparty and a document reference.
   *
   * @return the generator
   */
  public static Gen<Payment> payments() {
    return ActivityGens.PAYMENT;
  }

  /**
   * Returns shipments in roubles, some with a counterparty and a document reference.
   *
   * @return the generator
   */
  public static Gen<Shipment> shipments() {
    return ActivityGens.SHIPMENT;
  }

  /**
   * Returns tasks in every state and priority, due not before their start, reminders not
   * after the due time.
   *
   * @return the generator
   */
  public static Gen<Task> tasks() {
    return ActivityGens.TASK;
  }

  // ---------------------------------------------------------------- statuses

  /**
   * Returns colours.
   *
   * @return the generator
   */
  public static Gen<Colour> colours() {
    return StatusGens.COLOUR;
  }

  /**
   * Returns template keys: mostly the five predefined ones, some of a host.
   *
   * @return the generator
   */
  public static Gen<TemplateKey> templateKeys() {
    return StatusGens.TEMPLATE;
  }

  /**
   * Returns calculation modes: for a new client, manual, and automatic with periods from 1 to
   * 365 days.
   *
   * @return the generator
   */
  public static Gen<CalculationMode> calculationModes() {
    return StatusGens.MODE;
  }

  /**
   * Returns work status definitions.
   *
   * @return the generator
   */
  public static Gen<WorkStatus> workStatuses() {
    return StatusGens.WORK_STATUS;
  }

  /**
   * Returns the default scheme: {@code new} (for a new client),
   * {@code in-progress}, {@code active}, {@code lost} and {@code returned} (automatic, bound to
   * the predefined templates), with the given look-back periods.
   *
   * @param inProgressDays the period of {@code in-progress}, at least 1
   * @param activeDays the period of {@code active}, at least 1
   * @param lostDays the period of {@code lost}, at least 1
   * @param returnedDays the period of {@code returned}, at least 1
   * @return the five statuses in order
   */
  public static List<WorkStatus> seedScheme(
      int inProgressDays, int activeDays, int lostDays, int returnedDays) {
    return StatusGens.seedScheme(inProgressDays, activeDays, lostDays, returnedDays);
  }

  /**
   * Returns status schemes: the default scheme with varied periods, sometimes with manual
   * statuses ({@code На паузе}, {@code Чёрный список}) added.
   *
   * @return the generator
   */
  public static Gen<List<WorkStatus>> workStatusSchemes() {
    return StatusGens.SCHEME;
  }

  /**
   * Returns single status assignments between statuses of the default scheme, by rule or by a
   * person.
   *
   * @return the generator
   */
  public static Gen<StatusAssignment> statusAssignments() {
    return StatusGens.ASSIGNMENT;
  }

  /**
   * Returns status histories of a client: assignments on increasing days of a period, each
   * from the status before it (the first from none).
   *
   * @param client the client
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @return the generator
   */
  public static Gen<List<StatusAssignment>> statusHistories(ClientId client, LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
    return StatusGens.history(client, from, days);
  }

  // ---------------------------------------------------------------- client histories

  /**
   * Returns histories of clients over one to two years starting in 2023 to 2025.
   *
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories() {
    return in -> {
      LocalDate from = LocalDate.of(2023, 1, 1).plusDays(Rnd.between(in, 0, 3 * 365));
      int days = Rnd.between(in, 365, 730);
      return HistoryGens.history(in, ClientId.of(CardGens.idText(in, "c")), from, days,
          HistoryGens.profile(in));
    };
  }

  /**
   * Returns histories of clients over a period, of every {@link Profile}.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1 (a year or two gives the status
   *     rules something to look back on)
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories(LocalDate from, int days) {
    checkPeriod(days);
    return HistoryGens.histories(from, days, Optional.empty());
  }

  /**
   * Returns histories of clients over a period, of one profile.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @param profile the shape of the histories
   * @return the generator
   */
  public static Gen<ClientHistory> clientHistories(LocalDate from, int days, Profile profile) {
    checkPeriod(days);
    return HistoryGens.histories(from, days, Optional.of(profile));
  }

  /**
   * Returns batches of histories of distinct clients over the same period (client ids
   * {@code c-00001}, {@code c-00002}, ... in order), for batch recalculation tests.
   *
   * @param from the first day of the period
   * @param days the length of the period in days, at least 1
   * @param minClients the least number of clients in a batch, at least 0
   * @param maxClients the greatest number of clients in a batch, at most 99 999
   * @return the generator
   */
  public static Gen<List<ClientHistory>> clientHistoryBatches(
      LocalDate from, int days, int minClients, int maxClients) {
    checkPeriod(days);
    if (minClients < 0 || maxClients < minClients || maxClients > 99_999) {
      throw new IllegalArgumentException("bad batch size " + minClients + ".." + maxClients);
    }
    return HistoryGens.batches(from, days, minClients, maxClients);
  }

  private static void checkPeriod(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
  }
}
