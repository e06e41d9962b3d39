package org.clientbase.core.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.TextPolicy;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.immutables.value.Value;

/**
 * A client (клиент): an organisation or a person who buys.
 *
 * <p>An organisation contracts through one or more {@link Counterparty counterparties}; its
 * people are {@link ContactPerson contact persons} linked through {@link #contacts()}. The
 * client's work status is not part of the card: it is kept in the status history.
 *
 * <pre>{@code
 * Client client = Client.builder()
 *     .id(ClientId.of("c-1"))
 *     .kind(ClientKind.LEGAL_ENTITY)
 *     .name("Ромашка")
 *     .createdOn(LocalDate.of(2026, 1, 15))
 *     .addPhones(Phone.parse("+7 495 123-45-67"))
 *     .responsible(UserId.of("manager-7"))
 *     .addContacts(ClientContact.builder()
 *         .contactPerson(ContactPersonId.of("p-1")).role("Director").keyPerson(true).build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Client {
  Client() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract ClientId id();

  /**
   * Returns the kind of client.
   *
   * @return the kind
   */
  public abstract ClientKind kind();

  /**
   * Returns the name under which the client is known, e.g. "Ромашка" or "Иванов Иван".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the date the card was created.
   *
   * @return the creation date
   */
  public abstract LocalDate createdOn();

  /**
   * Returns the phones, without repeats.
   *
   * @return the phones
   */
  public abstract List<Phone> phones();

  /**
   * Returns the emails, without repeats.
   *
   * @return the emails
   */
  public abstract List<Email> emails();

  /**
   * Returns the postal addresses.
   *
   * @return the addresses
   */
  public abstract List<PostalAddress> addresses();

  /**
   * Returns the manager responsible for the client.
   *
   * @return the responsible manager
   */
  public abstract Optional<UserId> responsible();

  /**
   * Returns the contact persons linked to the client, each once.
   *
   * @return the links
   */
  public abstract List<ClientContact> contacts();

  /**
   * Returns the tags.
   *
   * @return the tags
   */
  public abstract Set<Tag> tags();

  /**
   * Returns the categories (region, industry, ...).
   *
   * @return the categories
   */
  public abstract Set<Category> categories();

  /**
   * Returns where the client came from.
   *
   * @return the source
   */
  public abstract Optional<Source> source();

  /**
   * Returns the free-text comment.
   *
   * @return the comment
   */
  public abstract Optional<String> comment();

  /**
   * Returns the values of the client card's custom fields, by key.
   *
   * @return the custom values
   */
  public abstract Map<String, FieldValue> customFields();

  /**
   * Validates this card's custom values against a card configuration: every value must belong
   * to a custom field defined there and fit its definition.
   *
   * @param configuration the configuration of client cards
   * @throws org.clientbase.core.InvalidValueException naming the card and the field if the
   *     configuration is for another type of card, or a value is unknown or does not fit
   */
  public final void check(CardConfiguration configuration) {
    configuration.checkCard(CardType.CLIENT, "Client " + id(), customFields());
  }

  /**
   * Returns the client this card was merged into, if it was found to be a duplicate and merged.
   * A merged card is kept, not deleted, so that its history and the references of old
   * documents stay readable; the survivor carries on in its place.
   *
   * @return the surviving client, or empty for a card in use
   */
  public abstract Optional<ClientId> mergedInto();

  /**
   * Tells whether this card was merged into another one.
   *
   * @return {@code true} if {@link #mergedInto()} is present
   */
  public final boolean isMerged() {
    return mergedInto().isPresent();
  }

  /**
   * Returns the links to key persons.
   *
   * @return the key persons' links
   */
  public final List<ClientContact> keyPersons() {
    return contacts().stream().filter(ClientContact::keyPerson).toList();
  }

  /**
   * Returns the link to a contact person, if linked.
   *
   * @param person the contact person
   * @return the link
   */
  public final Optional<ClientContact> contact(ContactPersonId person) {
    return contacts().stream().filter(c -> c.contactPerson().equals(person)).findFirst();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableClient.builder();
  }

  @Value.Check
  final void check() {
    String card = "Client " + id();
    BusinessTime.requireDate(card + " createdOn", createdOn());
    Checks.checkNormalisedText(card + " name", name());
    Checks.checkMultiline(card + " comment", comment());
    customFields().keySet().forEach(key -> TextPolicy.id(card + " custom field key", key));
    Checks.check(phones().stream().distinct().count() == phones().size(),
        card + " phones", phones(), "must not repeat a phone");
    Checks.check(emails().stream().distinct().count() == emails().size(),
        card + " emails", emails(), "must not repeat an email");
    Checks.check(
        contacts().stream().map(ClientContact::contactPerson).distinct().count() == contacts().size(),
        card + " contacts", contacts(), "must link each contact person once");
    mergedInto().ifPresent(survivor -> Checks.check(!survivor.equals(id()),
        card + " mergedInto", survivor, "a card cannot be merged into itself"));
  }

  /**
   * Builds a {@link Client}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code kind}, {@code name}, {@code createdOn}; every other attribute
   * is optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Client into this builder: each single value replaces
     * the one set before, collection elements and map entries are added, and an empty optional
     * value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Client instance);
    /**
     * Sets the id ({@link Client#id() id}). Required: {@code build()} fails if it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(ClientId id);
    /**
     * Sets the kind of client ({@link Client#kind() kind}). Required: {@code build()} fails if it
     * is not set.
     * @param kind the value to set
     * @return this builder
     */
    public abstract Builder kind(ClientKind kind);
    /**
     * Sets the name under which the client is known, e.g. "Ромашка" or "Иванов Иван"
     * ({@link Client#name() name}). Required: {@code build()} fails if it is not set.
     * @param name the value to set
     * @return this builder
     */
    public abstract Builder name(String name);
    /**
     * Sets the date the card was created ({@link Client#createdOn() createdOn}). Required:
     * {@code build()} fails if it is not set.
     * @param createdOn the value to set
     * @return this builder
     */
    public abstract Builder createdOn(LocalDate createdOn);
    /**
     * Adds one or more elements to {@link Client#phones() phones}: the phones, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addPhones(Phone... elements);
    /**
     * Replaces {@link Client#phones() phones} with the given elements: the phones, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder phones(Iterable<? extends Phone> elements);
    /**
     * Adds the elements to {@link Client#phones() phones}: the phones, without repeats. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllPhones(Iterable<? extends Phone> elements);
    /**
     * Adds one or more elements to {@link Client#emails() emails}: the emails, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addEmails(Email... elements);
    /**
     * Replaces {@link Client#emails() emails} with the given elements: the emails, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder emails(Iterable<? extends Email> elements);
    /**
     * Adds the elements to {@link Client#emails() emails}: the emails, without repeats. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllEmails(Iterable<? extends Email> elements);
    /**
     * Adds one or more elements to {@link Client#addresses() addresses}: the postal addresses.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAddresses(PostalAddress... elements);
    /**
     * Replaces {@link Client#addresses() addresses} with the given elements: the postal addresses.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addresses(Iterable<? extends PostalAddress> elements);
    /**
     * Adds the elements to {@link Client#addresses() addresses}: the postal addresses. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllAddresses(Iterable<? extends PostalAddress> elements);
    /**
     * Sets the manager responsible for the client ({@link Client#responsible() responsible}).
     * Optional: empty unless set.
     * @param responsible the value to set
     * @return this builder
     */
    public abstract Builder responsible(UserId responsible);
    /**
     * Sets the manager responsible for the client ({@link Client#responsible() responsible}), or
     * clears it when empty. Optional: empty unless set.
     * @param responsible the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder responsible(Optional<? extends UserId> responsible);
    /**
     * Adds one or more elements to {@link Client#contacts() contacts}: the contact persons linked
     * to the client, each once. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addContacts(ClientContact... elements);
    /**
     * Replaces {@link Client#contacts() contacts} with the given elements: the contact persons
     * linked to the client, each once. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder contacts(Iterable<? extends ClientContact> elements);
    /**
     * Adds the elements to {@link Client#contacts() contacts}: the contact persons linked to the
     * client, each once. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllContacts(Iterable<? extends ClientContact> elements);
    /**
     * Adds one or more elements to {@link Client#tags() tags}: the tags. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addTags(Tag... elements);
    /**
     * Replaces {@link Client#tags() tags} with the given elements: the tags. Optional: empty
     * unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder tags(Iterable<? extends Tag> elements);
    /**
     * Adds the elements to {@link Client#tags() tags}: the tags. Optional: empty unless elements
     * are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllTags(Iterable<? extends Tag> elements);
    /**
     * Adds one or more elements to {@link Client#categories() categories}: the categories (region,
     * industry, ...). Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addCategories(Category... elements);
    /**
     * Replaces {@link Client#categories() categories} with the given elements: the categories
     * (region, industry, ...). Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder categories(Iterable<? extends Category> elements);
    /**
     * Adds the elements to {@link Client#categories() categories}: the categories (region,
     * industry, ...). Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllCategories(Iterable<? extends Category> elements);
    /**
     * Sets where the client came from ({@link Client#source() source}). Optional: empty unless
     * set.
     * @param source the value to set
     * @return this builder
     */
    public abstract Builder source(Source source);
    /**
     * Sets where the client came from ({@link Client#source() source}), or clears it when empty.
     * Optional: empty unless set.
     * @param source the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder source(Optional<? extends Source> source);
    /**
     * Sets the free-text comment ({@link Client#comment() comment}). Optional: empty unless set.
     * @param comment the value to set
     * @return this builder
     */
    public abstract Builder comment(String comment);
    /**
     * Sets the free-text comment ({@link Client#comment() comment}), or clears it when empty.
     * Optional: empty unless set.
     * @param comment the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder comment(Optional<String> comment);
    /**
     * Puts one entry into {@link Client#customFields() customFields}: the values of the client
     * card's custom fields, by key. Optional: empty unless entries are put.
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public abstract Builder putCustomFields(String key, FieldValue value);
    /**
     * Puts one entry into {@link Client#customFields() customFields}: the values of the client
     * card's custom fields, by key. Optional: empty unless entries are put.
     * @param entry the entry to put
     * @return this builder
     */
    public abstract Builder putCustomFields(Map.Entry<String, ? extends FieldValue> entry);
    /**
     * Replaces {@link Client#customFields() customFields} with the given entries: the values of
     * the client card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder customFields(Map<String, ? extends FieldValue> entries);
    /**
     * Puts the entries into {@link Client#customFields() customFields}: the values of the client
     * card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder putAllCustomFields(Map<String, ? extends FieldValue> entries);
    /**
     * Sets the client this card was merged into, if it was found to be a duplicate and merged. A
     * merged card is kept, not deleted, so that its history and the references of old documents
     * stay readable; the survivor carries on in its place
     * ({@link Client#mergedInto() mergedInto}). Optional: empty unless set.
     * @param mergedInto the value to set
     * @return this builder
     */
    public abstract Builder mergedInto(ClientId mergedInto);
    /**
     * Sets the client this card was merged into, if it was found to be a duplicate and merged. A
     * merged card is kept, not deleted, so that its history and the references of old documents
     * stay readable; the survivor carries on in its place
     * ({@link Client#mergedInto() mergedInto}), or clears it when empty. Optional: empty unless
     * set.
     * @param mergedInto the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder mergedInto(Optional<? extends ClientId> mergedInto);

    /**
     * Builds the Client, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Client build();
  }
}
