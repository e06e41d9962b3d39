package org.clientbase.testkit.generators;

import java.util.Optional;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
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
import org.clientbase.core.money.Money;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;
import org.clientbase.core.tax.Kpp;
import org.clientbase.core.tax.Ogrn;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of realistic values of the basic domain types: ids, names of people
 * and companies, tax ids, phones, emails, addresses, birthdays and amounts in roubles. Cards and
 * parties come from {@link CardGenerators}, activity from {@link ActivityGenerators}, statuses
 * and histories of clients from {@link StatusGenerators}.
 *
 * <p>The data looks like the client base of a Russian company: names with gendered surnames and
 * patronymics ({@code Иванов Иван Петрович}, {@code Иванова Мария Сергеевна}) and Latin names
 * ({@code Smith John}), companies with legal forms ({@code ООО «Ромашка»}), valid INN, KPP, OGRN
 * and OGRNIP that agree with each other, mobile and landline phones written the many ways people
 * write them, emails built from transliterated names, Russian addresses and amounts in roubles.
 *
 * <p>Every generator draws only from QuickTheories' randomness source, so a run is determined by
 * its seed and a failing example shrinks (towards the first word of each list and the smallest
 * number of each range). Nothing here keeps state between calls.
 *
 * <pre>{@code
 * qt().forAll(DomainGenerators.personNames()).checkAssert(name -> ...);
 * qt().forAll(DomainGenerators.phoneSpellings()).checkAssert(spellings -> ...);
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
}
