package org.clientbase.testkit.generators;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldDefinition;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.lead.Lead;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the cards of a client base: tags, categories, sources, comments
 * and attachments, custom fields and card configurations, and the parties themselves (leads,
 * clients of every kind, contact persons, counterparties and the links between them).
 *
 * <p>Like {@link DomainGenerators}, every generator draws only from QuickTheories' randomness
 * source, so a run is determined by its seed; nothing here keeps state between calls.
 *
 * <pre>{@code
 * qt().forAll(CardGenerators.clients()).checkAssert(client -> ...);
 * }</pre>
 */
public final class CardGenerators {
  private CardGenerators() {}

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
}
