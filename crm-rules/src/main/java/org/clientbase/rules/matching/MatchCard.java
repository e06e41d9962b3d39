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
 */
public final class MatchCard {
  private static final List<String> SOLE_PROPRIETOR_PREFIXES =
      List.of("индивидуальный предприниматель ", "ип ");

  private final EntityId id;
  private final CardType type;
  private final List<PersonName> personNames;
  private final List<String> organisationNames;
  private final List<String> taxIds;
  private final List<Phone> phones;
  private final List<Email> emails;
  private final List<PostalAddress> addresses;
  private final Optional<Birthday> birthday;

  private MatchCard(
      EntityId id, CardType type, Collection<PersonName> personNames, Collection<String> organisationNames,
      Collection<String> taxIds, Collection<Phone> phones, Collection<Email> emails,
      Collection<PostalAddress> addresses, Optional<Birthday> birthday) {
    this.id = id;
    this.type = type;
    this.personNames = distinct(personNames);
    this.organisationNames = distinct(organisationNames);
    this.taxIds = distinct(taxIds);
    this.phones = distinct(phones);
    this.emails = distinct(emails);
    this.addresses = distinct(addresses);
    this.birthday = birthday;
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
  public List<PersonName> personNames() {
    return personNames;
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
   * Returns the phones.
   *
   * @return the phones, without repeats
   */
  public List<Phone> phones() {
    return phones;
  }

  /**
   * Returns the emails.
   *
   * @return the emails, without repeats
   */
  public List<Email> emails() {
    return emails;
  }

  /**
   * Returns the postal addresses.
   *
   * @return the addresses, without repeats
   */
  public List<PostalAddress> addresses() {
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
    String name = !personNames.isEmpty() && type != CardType.CLIENT
        ? personNames.get(0).format()
        : !organisationNames.isEmpty() ? organisationNames.get(0)
        : !personNames.isEmpty() ? personNames.get(0).format() : "";
    return (kind + " " + id + " " + name).strip();
  }

  @Override
  public String toString() {
    return describe();
  }
}
