package org.clientbase.testkit.generators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.card.Category;
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
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.PersonName;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Leads, clients of the three kinds, contact persons, counterparties and their links. */
final class PartyGens {
  private PartyGens() {}

  static final Gen<UserId> USER = in -> UserId.of(
      Rnd.chance(in, 70) ? "manager-" + Rnd.between(in, 1, 40) : CardGens.idText(in, "u"));

  static final LocalDate EARLIEST = LocalDate.of(2018, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2026, 12, 31);

  static LocalDate date(RandomnessSource in) {
    return EARLIEST.plusDays(Rnd.between(in, 0, (int) (LATEST.toEpochDay() - EARLIEST.toEpochDay())));
  }

  static <T> List<T> distinct(List<T> items) {
    return new ArrayList<>(new LinkedHashSet<>(items));
  }

  // ---------------------------------------------------------------- contact persons

  static ContactPerson contactPerson(
      RandomnessSource in, ContactPersonId id, Optional<String> companyDomain,
      Dictionary.City city) {
    PersonName name = Rnd.chance(in, 88) ? NameGens.RUSSIAN.generate(in) : NameGens.LATIN.generate(in);
    ContactPerson.Builder person = ContactPerson.builder().id(id).name(name);
    if (Rnd.chance(in, 70)) {
      person.position(Rnd.pick(in, Dictionary.POSITIONS));
    }
    List<Phone> phones = new ArrayList<>();
    int mobiles = Rnd.between(in, 0, 2);
    for (int i = 0; i < mobiles; i++) {
      phones.add(ContactGens.MOBILE.generate(in));
    }
    if (Rnd.chance(in, 30)) {
      phones.add(ContactGens.landlinePhone(in, city));
    }
    person.addAllPhones(distinct(phones));
    List<Email> emails = new ArrayList<>();
    int emailCount = Rnd.between(in, phones.isEmpty() ? 1 : 0, 2);
    for (int i = 0; i < emailCount; i++) {
      emails.add(ContactGens.emailFor(in, name, i == 0 ? companyDomain : Optional.empty()));
    }
    person.addAllEmails(distinct(emails));
    if (Rnd.chance(in, 10)) {
      person.addAddresses(ContactGens.russianAddress(in, city));
    }
    if (Rnd.chance(in, 50)) {
      person.birthday(ContactGens.BIRTHDAY.generate(in));
    }
    if (Rnd.chance(in, 30)) {
      person.source(CardGens.SOURCE.generate(in));
    }
    if (Rnd.chance(in, 15)) {
      person.comment(CardGens.COMMENT.generate(in));
    }
    person.addAllTags(Rnd.distinctListOf(in, CardGens.TAG, 0, Rnd.chance(in, 70) ? 0 : 2));
    if (Rnd.chance(in, 15)) {
      person.putAllCustomFields(FieldGens.valuesFor(in, FieldGens.CATALOGUE, 15));
    }
    if (Rnd.chance(in, 10)) {
      person.addAllAttachments(Rnd.listOf(in, CardGens.FILE, 1, 2));
    }
    return person.build();
  }

  static final Gen<ContactPerson> CONTACT_PERSON = in -> contactPerson(
      in, ContactPersonId.of(CardGens.idText(in, "p")),
      Rnd.chance(in, 50) ? Optional.of(NameGens.company(in).domain()) : Optional.empty(),
      Rnd.pick(in, Dictionary.CITIES));

  static ClientContact link(RandomnessSource in, ContactPersonId person, boolean key) {
    ClientContact.Builder link = ClientContact.builder().contactPerson(person).keyPerson(key);
    if (Rnd.chance(in, 60)) {
      link.role(Rnd.pick(in, Dictionary.ROLES));
    }
    return link.build();
  }

  static final Gen<ClientContact> CLIENT_CONTACT =
      in -> link(in, ContactPersonId.of(CardGens.idText(in, "p")), Rnd.chance(in, 30));

  // ---------------------------------------------------------------- counterparties

  static Counterparty counterparty(
      RandomnessSource in, CounterpartyId id, ClientId client, ClientKind kind, String legalName,
      Dictionary.City city) {
    TaxIdGens.Requisites requisites = kind == ClientKind.LEGAL_ENTITY
        ? TaxIdGens.legalEntity(in, city.taxRegion())
        : TaxIdGens.soleProprietor(in, city.taxRegion());
    Counterparty.Builder counterparty = Counterparty.builder()
        .id(id)
        .client(client)
        .legalName(legalName)
        .inn(requisites.inn());
    requisites.kpp().ifPresent(counterparty::kpp);
    requisites.ogrn().ifPresent(counterparty::ogrn);
    if (Rnd.chance(in, 75)) {
      counterparty.legalAddress(ContactGens.russianAddress(in, city));
    }
    return counterparty.build();
  }

  static String soleProprietorLegalName(RandomnessSource in, PersonName person) {
    return Rnd.chance(in, 80)
        ? "ИП " + person.format()
        : "Индивидуальный предприниматель " + person.format();
  }

  static final Gen<Counterparty> COUNTERPARTY = in -> {
    Dictionary.City city = Rnd.pick(in, Dictionary.CITIES);
    ClientKind kind = Rnd.chance(in, 70) ? ClientKind.LEGAL_ENTITY : ClientKind.SOLE_PROPRIETOR;
    String legalName = kind == ClientKind.LEGAL_ENTITY
        ? NameGens.company(in).legalName()
        : soleProprietorLegalName(in, NameGens.RUSSIAN.generate(in));
    return counterparty(in, CounterpartyId.of(CardGens.idText(in, "k")),
        ClientId.of(CardGens.idText(in, "c")), kind, legalName, city);
  };

  // ---------------------------------------------------------------- clients

  static ClientPortrait portrait(
      RandomnessSource in, ClientId id, ClientKind kind, LocalDate createdOn) {
    Dictionary.City city = Rnd.pick(in, Dictionary.CITIES);
    Client.Builder client = Client.builder().id(id).kind(kind).createdOn(createdOn);
    List<Phone> phones = new ArrayList<>();
    List<Email> emails = new ArrayList<>();
    List<ContactPerson> people = new ArrayList<>();
    List<Counterparty> counterparties = new ArrayList<>();
    Optional<String> domain = Optional.empty();
    int contacts;
    String idText = id.value();
    switch (kind) {
      case LEGAL_ENTITY -> {
        NameGens.Company company = NameGens.company(in);
        domain = Optional.of(company.domain());
        client.name(Rnd.chance(in, 60) ? company.shortName() : company.legalName());
        int landlines = Rnd.between(in, 1, 2);
        for (int i = 0; i < landlines; i++) {
          phones.add(ContactGens.landlinePhone(in, city));
        }
        if (Rnd.chance(in, 30)) {
          phones.add(ContactGens.MOBILE.generate(in));
        }
        emails.add(ContactGens.companyEmail(in, company.domain()));
        if (Rnd.chance(in, 30)) {
          emails.add(ContactGens.companyEmail(in, company.domain()));
        }
        int count = Rnd.chance(in, 85) ? 1 : Rnd.between(in, 2, 3);
        for (int i = 0; i < count; i++) {
          String legalName = i == 0
              ? company.legalName()
              : Rnd.oneOf(in, "ООО", "АО") + " «" + company.shortName()
                  + Rnd.oneOf(in, "-Трейд", "-Логистик", " Регион", "-Сервис", "-" + (i + 1)) + "»";
          counterparties.add(counterparty(in, CounterpartyId.of("k-" + idText + "-" + (i + 1)),
              id, kind, legalName, city));
        }
        contacts = Rnd.between(in, 0, 4);
      }
      case SOLE_PROPRIETOR -> {
        PersonName owner = NameGens.RUSSIAN.generate(in);
        client.name(NameGens.soleProprietorName(in, owner));
        phones.add(ContactGens.MOBILE.generate(in));
        if (Rnd.chance(in, 30)) {
          phones.add(ContactGens.landlinePhone(in, city));
        }
        emails.add(ContactGens.emailFor(in, owner, Optional.empty()));
        counterparties.add(counterparty(in, CounterpartyId.of("k-" + idText + "-1"), id, kind,
            soleProprietorLegalName(in, owner), city));
        contacts = Rnd.between(in, 0, 2);
      }
      default -> {
        PersonName person = Rnd.chance(in, 85) ? NameGens.RUSSIAN.generate(in) : NameGens.LATIN.generate(in);
        client.name(Rnd.chance(in, 70) ? person.format() : person.initials());
        phones.add(ContactGens.MOBILE.generate(in));
        if (Rnd.chance(in, 40)) {
          emails.add(ContactGens.emailFor(in, person, Optional.empty()));
        }
        contacts = Rnd.chance(in, 85) ? 0 : 1;
      }
    }
    client.addAllPhones(distinct(phones)).addAllEmails(distinct(emails));
    int addresses = Rnd.between(in, 0, 2);
    for (int i = 0; i < addresses; i++) {
      client.addAddresses(ContactGens.russianAddress(in, city));
    }
    if (Rnd.chance(in, 85)) {
      client.responsible(USER.generate(in));
    }
    int keyIndex = contacts == 0 ? -1 : Rnd.between(in, 0, contacts - 1);
    for (int i = 0; i < contacts; i++) {
      ContactPersonId personId = ContactPersonId.of("p-" + idText + "-" + (i + 1));
      ContactPerson person = contactPerson(in, personId, domain, city);
      people.add(person);
      client.addContacts(link(in, personId, i == keyIndex || Rnd.chance(in, 15)));
    }
    client.addAllTags(Rnd.distinctListOf(in, CardGens.TAG, 0, Rnd.chance(in, 50) ? 0 : 3));
    Set<Category> categories = new LinkedHashSet<>();
    if (Rnd.chance(in, 60)) {
      categories.add(Category.of("Регион", city.name()));
    }
    if (kind != ClientKind.INDIVIDUAL && Rnd.chance(in, 50)) {
      categories.add(Category.of("Отрасль", Rnd.pick(in, Dictionary.INDUSTRIES)));
    }
    if (Rnd.chance(in, 15)) {
      categories.add(CardGens.CATEGORY.generate(in));
    }
    client.addAllCategories(categories);
    if (Rnd.chance(in, 70)) {
      client.source(CardGens.SOURCE.generate(in));
    }
    if (Rnd.chance(in, 25)) {
      client.comment(CardGens.COMMENT.generate(in));
    }
    if (Rnd.chance(in, 40)) {
      client.putAllCustomFields(FieldGens.valuesFor(in, FieldGens.CATALOGUE, 25));
    }
    return new ClientPortrait(client.build(), people, counterparties);
  }

  static ClientKind kind(RandomnessSource in) {
    int kind = Rnd.between(in, 1, 100);
    return kind <= 55 ? ClientKind.LEGAL_ENTITY
        : kind <= 80 ? ClientKind.SOLE_PROPRIETOR : ClientKind.INDIVIDUAL;
  }

  static Gen<ClientPortrait> portraits(Optional<ClientKind> kind) {
    return in -> portrait(in, ClientId.of(CardGens.idText(in, "c")),
        kind.orElseGet(() -> kind(in)), date(in));
  }

  // ---------------------------------------------------------------- leads

  static Instant instant(RandomnessSource in, LocalDate day) {
    return day.atTime(Rnd.between(in, 8, 19), Rnd.between(in, 0, 11) * 5)
        .atZone(ActivityGens.ZONE).toInstant();
  }

  static Lead lead(RandomnessSource in, LeadId id, boolean mayBeConverted) {
    PersonName name = NameGens.ANY.generate(in);
    Lead.Builder lead = Lead.builder().id(id).name(name);
    Optional<String> domain = Optional.empty();
    if (Rnd.chance(in, 55)) {
      NameGens.Company company = NameGens.company(in);
      lead.company(company.legalName());
      domain = Optional.of(company.domain());
    }
    int channel = Rnd.between(in, 1, 10);
    List<Phone> phones = new ArrayList<>();
    List<Email> emails = new ArrayList<>();
    if (channel <= 8) {
      phones.add(Rnd.chance(in, 75) ? ContactGens.MOBILE.generate(in) : ContactGens.LANDLINE.generate(in));
      if (Rnd.chance(in, 10)) {
        phones.add(ContactGens.PHONE.generate(in));
      }
    }
    if (channel >= 5) {
      emails.add(ContactGens.emailFor(in, name, domain));
    }
    lead.addAllPhones(distinct(phones)).addAllEmails(distinct(emails));
    if (Rnd.chance(in, 80)) {
      lead.source(CardGens.SOURCE.generate(in));
    }
    if (Rnd.chance(in, 30)) {
      lead.comment(CardGens.COMMENT.generate(in));
    }
    lead.addAllTags(Rnd.distinctListOf(in, CardGens.TAG, 0, Rnd.chance(in, 60) ? 0 : 2));
    if (Rnd.chance(in, 10)) {
      lead.putAllCustomFields(FieldGens.valuesFor(in, FieldGens.CATALOGUE, 15));
    }
    if (Rnd.chance(in, 70)) {
      lead.responsible(USER.generate(in));
    }
    if (mayBeConverted && Rnd.chance(in, 25)) {
      lead.linkedClient(ClientId.of(CardGens.idText(in, "c")));
      if (Rnd.chance(in, 60)) {
        lead.linkedContactPerson(ContactPersonId.of(CardGens.idText(in, "p")));
      }
      if (Rnd.chance(in, 85)) {
        lead.convertedAt(instant(in, date(in)));
      }
    }
    return lead.build();
  }

  static final Gen<Lead> LEAD = in -> lead(in, LeadId.of(CardGens.idText(in, "l")), true);
  static final Gen<Lead> UNCONVERTED_LEAD = in -> lead(in, LeadId.of(CardGens.idText(in, "l")), false);
}
