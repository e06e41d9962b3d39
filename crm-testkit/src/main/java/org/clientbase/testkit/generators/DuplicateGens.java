package org.clientbase.testkit.generators;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Realistic duplicates with known truth: cards entered twice (or more) for the same person or
 * company, the way it happens in a client base. A duplicate is a copy of the original in which
 * the name is typed with a typo, written in Latin letters by one of the common transliteration
 * systems, with the last and first names swapped, as initials, in capitals or with {@code е} for
 * {@code ё}, or without the patronymic; company names gain or lose their legal form and quotes
 * or are written in Latin letters ({@code ООО «Ромашка»}, {@code Ромашка}, {@code Romashka LLC});
 * phones are written another way; some fields are left out and new ones added. Every duplicate
 * keeps at least one phone, email or tax id of the original, as a person entering a known
 * contact again would.
 *
 * <p>The spellings come from {@link SpellingGens}. Single groups come as QuickTheories
 * generators for properties; whole bases come from {@link #contactPersons(long, int)},
 * determined by a seed, with the truth of which cards stand
 * for the same person. In a base, distinct people never share an email, and share a phone only
 * as colleagues behind one office number (about one person in fifty), so a finder has to tell
 * them apart by name; many distinct people have the same name.
 *
 * <pre>{@code
 * DuplicateDataset<ContactPerson> base = DuplicateGens.contactPersons(42, 20_000);
 * base.sameEntity(ContactPersonId.of("p-000017"), ContactPersonId.of("p-013001"));
 * qt().forAll(DuplicateGens.contactPersonGroups()).checkAssert(group -> ...);
 * }</pre>
 */
public final class DuplicateGens {
  private DuplicateGens() {}

  // ------------------------------------------------------------------ public generators

  /**
   * Returns a duplicate of a contact person.
   *
   * @param original the contact person as first entered
   * @param id the duplicate's id
   * @return a generator of duplicates
   */
  public static Gen<ContactPerson> duplicateOf(ContactPerson original, ContactPersonId id) {
    return in -> duplicate(in, original, id, null);
  }

  /**
   * Returns groups of one contact person with one to three duplicates; the cards have the ids
   * {@code p-1}, {@code p-2}, ... in the order of {@link DuplicateGroup#cards()}.
   *
   * @return the generator
   */
  public static Gen<DuplicateGroup<ContactPerson>> contactPersonGroups() {
    return in -> {
      ContactPerson original = PartyGens.contactPerson(in, ContactPersonId.of("p-1"),
          Rnd.chance(in, 50) ? Optional.of(NameGens.company(in).domain()) : Optional.empty(),
          Rnd.pick(in, Dictionary.CITIES));
      int count = Rnd.between(in, 1, 3);
      List<ContactPerson> duplicates = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        duplicates.add(duplicate(in, original, ContactPersonId.of("p-" + (i + 2)), null));
      }
      return new DuplicateGroup<>(original, duplicates);
    };
  }

  /**
   * Returns groups of one client (with its contact persons and counterparties) and one to three
   * duplicates. The clients have the ids {@code c-1}, {@code c-2}, ...; a duplicate may act
   * through a copy of the original's counterparty (same INN, its own id) and may link some of
   * the original's contact persons.
   *
   * @return the generator
   */
  public static Gen<DuplicateGroup<ClientPortrait>> clientGroups() {
    return in -> {
      ClientKind kind = PartyGens.kind(in);
      ClientPortrait original = PartyGens.portrait(in, ClientId.of("c-1"), kind, PartyGens.date(in));
      int count = Rnd.between(in, 1, 3);
      List<ClientPortrait> duplicates = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        duplicates.add(duplicateClient(in, original, ClientId.of("c-" + (i + 2))));
      }
      return new DuplicateGroup<>(original, duplicates);
    };
  }

  /**
   * Returns a base of contact persons with duplicates and the truth about them, the same for the
   * same seed and size. About one person in four has one to three duplicates; the cards' ids
   * ({@code p-000001}, ...) are in random order, so duplicates are not next to each other.
   *
   * @param seed the seed, given by the caller
   * @param size the number of cards, at least 1
   * @return the base, in id order, with its truth
   */
  public static DuplicateDataset<ContactPerson> contactPersons(long seed, int size) {
    if (size < 1) {
      throw new InvalidValueException("DuplicateGens size", size, "must be at least 1");
    }
    SeededSource in = SeededSource.of(seed);
    Registry registry = new Registry();
    List<ContactPerson> made = new ArrayList<>(size);
    List<Integer> entityOf = new ArrayList<>(size);
    List<Phone> officePhones = new ArrayList<>();
    int entity = 0;
    while (made.size() < size) {
      ContactPersonId temporary = ContactPersonId.of("t-" + made.size());
      ContactPerson original = uniqueOriginal(in, temporary, registry);
      if (!officePhones.isEmpty() && Rnd.chance(in, 2)) {
        Phone office = officePhones.get(Rnd.between(in, 0, officePhones.size() - 1));
        if (!original.phones().contains(office)) {
          original = ContactPerson.builder().from(original).addPhones(office).build();
        }
      } else if (original.phones().size() > 1 && Rnd.chance(in, 10)) {
        officePhones.add(original.phones().get(original.phones().size() - 1));
      }
      made.add(original);
      entityOf.add(entity);
      if (Rnd.chance(in, 25)) {
        int kind = Rnd.between(in, 1, 100);
        int duplicates = kind <= 70 ? 1 : kind <= 92 ? 2 : 3;
        for (int i = 0; i < duplicates && made.size() < size; i++) {
          made.add(duplicate(in, original, ContactPersonId.of("t-" + made.size()), registry));
          entityOf.add(entity);
        }
      }
      entity++;
    }
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    for (int i = size - 1; i > 0; i--) {
      Collections.swap(order, i, Rnd.between(in, 0, i));
    }
    List<ContactPerson> cards = new ArrayList<>(size);
    Map<EntityId, Integer> truth = new HashMap<>();
    int width = Math.max(6, Integer.toString(size).length());
    for (int position = 0; position < size; position++) {
      int index = order.get(position);
      ContactPersonId id = ContactPersonId.of("p-" + Rnd.padded(position + 1, width));
      cards.add(ContactPerson.builder().from(made.get(index)).id(id).build());
      truth.put(id, entityOf.get(index));
    }
    return new DuplicateDataset<>(cards, truth);
  }

  // ------------------------------------------------------------------ uniqueness in a base

  /** The phones and mailboxes already given to someone in a base. */
  private static final class Registry {
    private final Set<String> phones = new HashSet<>();
    private final Set<String> mailboxes = new HashSet<>();

    boolean freePhone(Phone phone) {
      return !phones.contains(phone.e164());
    }

    boolean freeEmail(Email email) {
      return !mailboxes.contains(mailbox(email));
    }

    void take(ContactPerson person) {
      person.phones().forEach(p -> phones.add(p.e164()));
      person.emails().forEach(e -> mailboxes.add(mailbox(e)));
    }
  }

  private static final Map<String, String> MAIL_ALIASES = Map.of(
      "ya.ru", "yandex.ru", "yandex.com", "yandex.ru", "googlemail.com", "gmail.com");

  /** One mailbox however the address is written: case, a +tag, Gmail dots, provider aliases. */
  private static String mailbox(Email email) {
    String local = email.localPart().toLowerCase(Locale.ROOT);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    String domain = MAIL_ALIASES.getOrDefault(email.domain(), email.domain());
    if (domain.equals("gmail.com")) {
      local = local.replace(".", "");
    }
    return local + "@" + domain;
  }

  private static ContactPerson uniqueOriginal(RandomnessSource in, ContactPersonId id, Registry registry) {
    while (true) {
      ContactPerson person = PartyGens.contactPerson(in, id,
          Rnd.chance(in, 50) ? Optional.of(NameGens.company(in).domain()) : Optional.empty(),
          Rnd.pick(in, Dictionary.CITIES));
      List<Phone> phones = person.phones().stream().filter(registry::freePhone).toList();
      List<Email> emails = person.emails().stream().filter(registry::freeEmail).toList();
      if (phones.isEmpty() && emails.isEmpty()) {
        continue;
      }
      ContactPerson unique = ContactPerson.builder().from(person).phones(phones).emails(emails)
          .birthday(birthday(in)).build();
      registry.take(unique);
      return unique;
    }
  }

  /**
   * A birthday as often as contact cards have one, spread over the year as births are: the
   * generators' own birthdays favour 29 February to test the calendar, which would make namesakes
   * share birthdays far more often than people do.
   */
  private static Optional<Birthday> birthday(RandomnessSource in) {
    if (!Rnd.chance(in, 50)) {
      return Optional.empty();
    }
    LocalDate born = LocalDate.of(1955, 1, 1).plusDays(Rnd.between(in, 0, 365 * 50));
    return Optional.of(Rnd.chance(in, 25) ? Birthday.of(MonthDay.from(born)) : Birthday.of(born));
  }

  // ------------------------------------------------------------------ contact persons

  private static ContactPerson duplicate(
      RandomnessSource in, ContactPerson original, ContactPersonId id, Registry registry) {
    ContactPerson.Builder copy = ContactPerson.builder().id(id).name(SpellingGens.nameVariant(in, original.name()));
    List<Phone> phones = new ArrayList<>();
    for (Phone phone : original.phones()) {
      if (Rnd.chance(in, 75)) {
        phones.add(respell(in, phone));
      }
    }
    List<Email> emails = new ArrayList<>();
    for (Email email : original.emails()) {
      if (Rnd.chance(in, 70)) {
        emails.add(Rnd.chance(in, 30) ? recase(in, email) : email);
      }
    }
    if (phones.isEmpty() && emails.isEmpty()) {
      boolean phone = !original.phones().isEmpty() && (original.emails().isEmpty() || Rnd.chance(in, 50));
      if (phone) {
        phones.add(Rnd.pick(in, original.phones()));
      } else {
        emails.add(Rnd.pick(in, original.emails()));
      }
    }
    if (Rnd.chance(in, 20)) {
      Phone fresh = ContactGens.MOBILE.generate(in);
      if (registry == null || registry.freePhone(fresh)) {
        phones.add(fresh);
      }
    }
    copy.phones(PartyGens.distinct(phones)).emails(distinctMailboxes(emails));
    if (Rnd.chance(in, 60)) {
      copy.birthday(original.birthday());
    }
    if (Rnd.chance(in, 50)) {
      copy.addresses(original.addresses());
    }
    if (Rnd.chance(in, 50)) {
      copy.position(original.position());
    } else if (Rnd.chance(in, 30)) {
      copy.position(Rnd.pick(in, Dictionary.POSITIONS));
    }
    if (Rnd.chance(in, 30)) {
      copy.source(original.source());
    }
    if (Rnd.chance(in, 30)) {
      copy.tags(original.tags());
    }
    if (Rnd.chance(in, 10)) {
      copy.comment(CardGens.COMMENT.generate(in));
    }
    ContactPerson duplicate = copy.build();
    if (registry != null) {
      registry.take(duplicate);
    }
    return duplicate;
  }

  private static List<Email> distinctMailboxes(List<Email> emails) {
    Set<String> seen = new HashSet<>();
    List<Email> kept = new ArrayList<>();
    for (Email email : emails) {
      if (seen.add(mailbox(email))) {
        kept.add(email);
      }
    }
    return kept;
  }

  /** The same number written another way, read back by the phone parser. */
  private static Phone respell(RandomnessSource in, Phone phone) {
    String e164 = phone.e164();
    if (!e164.startsWith("+7") || e164.length() != 12) {
      return phone;
    }
    String text = ContactGens.spell(in, new ContactGens.National(e164.substring(2, 5), e164.substring(5)));
    if (phone.extension().isPresent()) {
      text += ContactGens.spellExtension(in, phone.extension().get());
    }
    try {
      Phone again = Phone.parse(text);
      return again.equals(phone) ? again : phone;
    } catch (InvalidValueException e) {
      return phone;
    }
  }

  private static Email recase(RandomnessSource in, Email email) {
    String local = email.localPart();
    String changed = Rnd.chance(in, 50)
        ? local.substring(0, 1).toUpperCase(Locale.ROOT) + local.substring(1)
        : local.toUpperCase(Locale.ROOT);
    return Email.of(changed + "@" + (Rnd.chance(in, 50) ? email.domain().toUpperCase(Locale.ROOT) : email.domain()));
  }

  private static ClientPortrait duplicateClient(RandomnessSource in, ClientPortrait original, ClientId id) {
    Client o = original.client();
    String name = switch (o.kind()) {
      case INDIVIDUAL -> nameOf(o.name()).map(n -> SpellingGens.nameVariant(in, n).format()).orElse(o.name());
      case SOLE_PROPRIETOR -> Rnd.chance(in, 50) ? o.name() : o.name().replace("ИП ", "Индивидуальный предприниматель ");
      default -> SpellingGens.companyVariant(in, o.name());
    };
    Client.Builder copy = Client.builder().id(id).kind(o.kind()).name(name)
        .createdOn(o.createdOn().plusDays(Rnd.between(in, 0, 400)));
    List<Phone> phones = new ArrayList<>();
    for (Phone phone : o.phones()) {
      if (Rnd.chance(in, 70)) {
        phones.add(respell(in, phone));
      }
    }
    List<Email> emails = new ArrayList<>();
    for (Email email : o.emails()) {
      if (Rnd.chance(in, 60)) {
        emails.add(email);
      }
    }
    List<Counterparty> counterparties = new ArrayList<>();
    if (!original.counterparties().isEmpty() && Rnd.chance(in, 50)) {
      Counterparty first = original.counterparties().get(0);
      counterparties.add(Counterparty.builder().from(first)
          .id(CounterpartyId.of("k-" + id.value() + "-1")).client(id).build());
    }
    if (phones.isEmpty() && emails.isEmpty() && counterparties.isEmpty()) {
      if (!o.phones().isEmpty()) {
        phones.add(o.phones().get(0));
      } else if (!o.emails().isEmpty()) {
        emails.add(o.emails().get(0));
      }
    }
    copy.phones(PartyGens.distinct(phones)).emails(PartyGens.distinct(emails));
    if (Rnd.chance(in, 50)) {
      copy.addresses(o.addresses());
    }
    if (Rnd.chance(in, 60)) {
      copy.responsible(o.responsible());
    }
    if (Rnd.chance(in, 40)) {
      copy.source(o.source());
    }
    if (Rnd.chance(in, 20)) {
      copy.comment(CardGens.COMMENT.generate(in));
    }
    if (Rnd.chance(in, 30)) {
      copy.tags(o.tags());
    }
    List<ContactPerson> linked = new ArrayList<>();
    Set<ContactPersonId> seen = new LinkedHashSet<>();
    for (int i = 0; i < o.contacts().size(); i++) {
      if (Rnd.chance(in, 30) && seen.add(o.contacts().get(i).contactPerson())) {
        copy.addContacts(o.contacts().get(i));
        linked.add(original.contactPersons().get(i));
      }
    }
    return new ClientPortrait(copy.build(), linked, counterparties);
  }

  private static Optional<PersonName> nameOf(String text) {
    try {
      return Optional.of(PersonName.parse(text));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }
}
