package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;

/**
 * A lead, client or contact person read into the {@link MatchField fields} that matching
 * compares, so that cards of different types can be compared with each other.
 *
 * <ul>
 *   <li>A lead: its name, company, INN, phones and emails.</li>
 *   <li>A contact person: its name, phones, emails, addresses and birthday.</li>
 *   <li>A client: its name as an organisation name (for a legal entity or sole proprietor) or
 *       as a person name (for an individual, and for a sole proprietor written "ИП Фамилия Имя"),
 *       the legal names, INNs and legal addresses of its counterparties, the names of its
 *       contact persons, its phones, emails and addresses.</li>
 * </ul>
 *
 * <pre>{@code
 * MatchCard card = MatchCard.of(client, counterpartyStore.findByClient(client.id()), contacts);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchCard {
  private static final List<String> SOLE_PROPRIETOR_PREFIXES =
      List.of("индивидуальный предприниматель ", "ип ");

  private final EntityId id;
  private final CardType type;
  private final List<Name> names;
  private final List<String> organisationNames;
  private final List<String> taxIds;
  private final List<String> phones;
  private final List<String> emails;
  private final List<Address> addresses;
  private final Optional<Birthday> birthday;

  private MatchCard(
      EntityId id, CardType type, Collection<PersonName> personNames, Collection<String> organisationNames,
      Collection<String> taxIds, Collection<Phone> phones, Collection<Email> emails,
      Collection<PostalAddress> addresses, Optional<Birthday> birthday) {
    this(id, type, personNames.stream().map(Name::of).toList(), organisationNames, taxIds,
        phones.stream().map(PhoneNormaliser::normalise).toList(),
        emails.stream().map(EmailNormaliser::normalise).toList(),
        addresses.stream().map(Address::of).toList(), birthday);
  }

  private MatchCard(
      EntityId id, CardType type, List<Name> names, Collection<String> organisationNames,
      Collection<String> taxIds, List<String> phones, List<String> emails,
      List<Address> addresses, Optional<Birthday> birthday) {
    this.id = id;
    this.type = type;
    this.names = distinct(names);
    this.organisationNames = distinct(organisationNames.stream().map(MatchCard::spaced).toList());
    this.taxIds = distinct(taxIds);
    this.phones = distinct(phones);
    this.emails = distinct(emails);
    this.addresses = distinct(addresses);
    this.birthday = birthday;
  }

  /** A text trimmed and single-spaced, as a host may not have stored it. */
  static String spaced(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * An address as matching reads it, by its parts; any part may be empty.
   *
   * @param postcode the postcode
   * @param country the country
   * @param locality the city, town or suburb
   * @param street the street
   * @param house the house or building number
   * @param flat the flat, apartment or office
   */
  public record Address(String postcode, String country, String locality, String street, String house, String flat) {
    /**
     * Checks and normalises the parts.
     *
     * @param postcode the postcode
     * @param country the country
     * @param locality the locality
     * @param street the street
     * @param house the house
     * @param flat the flat
     */
    public Address {
      postcode = spaced(Objects.requireNonNull(postcode, "postcode"));
      country = spaced(Objects.requireNonNull(country, "country"));
      locality = spaced(Objects.requireNonNull(locality, "locality"));
      street = spaced(Objects.requireNonNull(street, "street"));
      house = spaced(Objects.requireNonNull(house, "house"));
      flat = spaced(Objects.requireNonNull(flat, "flat"));
    }

    static Address of(PostalAddress a) {
      return new Address(a.postcode().orElse(""), a.country(), a.city(), a.street().orElse(""),
          a.building().orElse(""), a.apartment().orElse(""));
    }

    /**
     * Returns the address as written, its parts separated by commas.
     *
     * @return the address
     */
    public String format() {
      StringBuilder text = new StringBuilder();
      for (String part : List.of(postcode, country, locality, street, house, flat)) {
        if (!part.isEmpty()) {
          text.append(text.length() == 0 ? "" : ", ").append(part);
        }
      }
      return text.toString();
    }
  }

  /**
   * A person's name as matching reads it: the last name, the first name and maybe a
   * patronymic. Unlike {@link PersonName}, one of the last and first names may be empty (a
   * record that gives only one of them still matches on it); both may not.
   *
   * @param lastName the last name, trimmed and single-spaced; may be empty
   * @param firstName the first name, trimmed and single-spaced; may be empty
   * @param patronymic the patronymic, if any
   */
  public record Name(String lastName, String firstName, Optional<String> patronymic) {
    /**
     * Checks and normalises the parts.
     *
     * @param lastName the last name
     * @param firstName the first name
     * @param patronymic the patronymic
     * @throws InvalidValueException if both names are blank
     */
    public Name {
      lastName = spaced(Objects.requireNonNull(lastName, "lastName"));
      firstName = spaced(Objects.requireNonNull(firstName, "firstName"));
      patronymic = Objects.requireNonNull(patronymic, "patronymic").map(MatchCard::spaced).filter(p -> !p.isEmpty());
      if (lastName.isEmpty() && firstName.isEmpty()) {
        throw new InvalidValueException("MatchCard.Name", lastName + " " + firstName,
            "needs a last name or a first name");
      }
    }

    static Name of(PersonName name) {
      return new Name(name.lastName(), name.firstName(), name.patronymic());
    }

    /**
     * Returns the name as written: last name, first name, patronymic, separated by spaces.
     *
     * @return the name
     */
    public String format() {
      return (lastName + " " + firstName + patronymic.map(p -> " " + p).orElse("")).strip();
    }
  }

  /** The values without repeats, in their order; cards hold few values, so a linear check is cheapest. */
  private static <T> List<T> distinct(Collection<T> values) {
    if (values.size() < 2) {
      return List.copyOf(values);
    }
    List<T> kept = new ArrayList<>(values.size());
    for (T value : values) {
      if (!kept.contains(value)) {
        kept.add(value);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * Reads a lead.
   *
   * @param lead the lead
   * @return the card
   */
  public static MatchCard of(Lead lead) {
    Objects.requireNonNull(lead, "lead");
    return new MatchCard(lead.id(), CardType.LEAD, List.of(lead.name()), lead.company().stream().toList(),
        lead.inn().stream().map(inn -> inn.value()).toList(), lead.phones(), lead.emails(), List.of(),
        Optional.empty());
  }

  /**
   * Reads a contact person.
   *
   * @param person the contact person
   * @return the card
   */
  public static MatchCard of(ContactPerson person) {
    Objects.requireNonNull(person, "person");
    return new MatchCard(person.id(), CardType.CONTACT_PERSON, List.of(person.name()), List.of(), List.of(),
        person.phones(), person.emails(), person.addresses(), person.birthday());
  }

  /**
   * Reads a client without its counterparties and contact persons.
   *
   * @param client the client
   * @return the card
   */
  public static MatchCard of(Client client) {
    return of(client, List.of(), List.of());
  }

  /**
   * Reads a client together with its counterparties and contact persons.
   *
   * @param client the client
   * @param counterparties the client's counterparties
   * @param contactPersons the contact persons linked to the client
   * @return the card
   * @throws InvalidValueException if a counterparty belongs to another client
   */
  public static MatchCard of(
      Client client, Collection<Counterparty> counterparties, Collection<ContactPerson> contactPersons) {
    Objects.requireNonNull(client, "client");
    List<PersonName> names = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    if (client.kind() == ClientKind.INDIVIDUAL) {
      personName(client.name()).ifPresent(names::add);
    } else {
      organisations.add(client.name());
      if (client.kind() == ClientKind.SOLE_PROPRIETOR) {
        String lower = client.name().toLowerCase(Locale.ROOT);
        for (String prefix : SOLE_PROPRIETOR_PREFIXES) {
          if (lower.startsWith(prefix)) {
            personName(client.name().substring(prefix.length())).ifPresent(names::add);
          }
        }
      }
    }
    List<String> taxIds = new ArrayList<>();
    List<PostalAddress> addresses = new ArrayList<>(client.addresses());
    for (Counterparty counterparty : counterparties) {
      if (!counterparty.client().equals(client.id())) {
        throw new InvalidValueException("MatchCard of client " + client.id() + " counterparty",
            counterparty.id(), "belongs to client " + counterparty.client());
      }
      organisations.add(counterparty.legalName());
      taxIds.add(counterparty.inn().value());
      counterparty.legalAddress().ifPresent(addresses::add);
    }
    for (ContactPerson person : contactPersons) {
      names.add(person.name());
    }
    return new MatchCard(client.id(), CardType.CLIENT, names, organisations, taxIds, client.phones(),
        client.emails(), addresses, Optional.empty());
  }

  /**
   * Starts a card from a host's own record, e.g. a row of a file to link against the base. Every
   * value is normalised as the cards read from the stores are; a value that cannot be read
   * (a phone without digits enough) fails with an error naming it.
   *
   * <pre>{@code
   * MatchCard card = MatchCard.builder(ContactPersonId.of("rec-1"), CardType.CONTACT_PERSON)
   *     .phoneRegion("US")
   *     .name("Smith", "John").phone("555 123 4567").birthday(Birthday.of(LocalDate.of(1980, 5, 17)))
   *     .build();
   * }</pre>
   *
   * @param id the card's id
   * @param type {@link CardType#LEAD}, {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
   * @return a builder
   */
  public static MatchCardBuilder builder(EntityId id, CardType type) {
    return new MatchCardBuilder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(type, "type"));
  }

  /** Makes a card of values already normalised, for {@link MatchCardBuilder}. */
  static MatchCard ofNormalised(
      EntityId id, CardType type, List<Name> names, List<String> organisationNames, List<String> taxIds,
      List<String> phones, List<String> emails, List<Address> addresses, Optional<Birthday> birthday) {
    return new MatchCard(id, type, names, organisationNames, taxIds, phones, emails, addresses, birthday);
  }

  private static Optional<PersonName> personName(String text) {
    try {
      return Optional.of(PersonName.parse(text));
    } catch (InvalidValueException notAName) {
      return Optional.empty();
    }
  }

  /**
   * Returns the id of the card.
   *
   * @return a lead, client or contact person id
   */
  public EntityId id() {
    return id;
  }

  /**
   * Returns the type of the card.
   *
   * @return {@link CardType#LEAD}, {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
   */
  public CardType type() {
    return type;
  }

  /**
   * Returns the person names.
   *
   * @return the names, without repeats
   */
  public List<Name> names() {
    return names;
  }

  /**
   * Returns the organisation names, as written.
   *
   * @return the names, without repeats
   */
  public List<String> organisationNames() {
    return organisationNames;
  }

  /**
   * Returns the taxpayer numbers.
   *
   * @return the INNs, without repeats
   */
  public List<String> taxIds() {
    return taxIds;
  }

  /**
   * Returns the phones, normalised: E.164 without extension, or the digits of a local number
   * written without its area code.
   *
   * @return the phones, without repeats
   */
  public List<String> phoneNumbers() {
    return phones;
  }

  /**
   * Returns the emails, normalised by the providers' rules.
   *
   * @return the emails, without repeats
   */
  public List<String> emailAddresses() {
    return emails;
  }

  /**
   * Returns the addresses, by their parts.
   *
   * @return the addresses, without repeats
   */
  public List<Address> addresses() {
    return addresses;
  }

  /**
   * Returns the birthday.
   *
   * @return the birthday, if known
   */
  public Optional<Birthday> birthday() {
    return birthday;
  }

  /**
   * Returns a short description for explanations, e.g. {@code "contact person p-1 Иванов Сергей"}.
   *
   * @return the description
   */
  public String describe() {
    String kind = switch (type) {
      case LEAD -> "lead";
      case CLIENT -> "client";
      default -> "contact person";
    };
    String name = !names.isEmpty() && type != CardType.CLIENT
        ? names.get(0).format()
        : !organisationNames.isEmpty() ? organisationNames.get(0)
        : !names.isEmpty() ? names.get(0).format() : "";
    return (kind + " " + id + " " + name).strip();
  }

  @Override
  public String toString() {
    return describe();
  }
}
