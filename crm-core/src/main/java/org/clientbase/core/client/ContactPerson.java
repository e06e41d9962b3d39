package org.clientbase.core.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.TextPolicy;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.immutables.value.Value;

/**
 * A contact person (контактное лицо): a person at a client's side who orders, pays or decides.
 * The person's role at each client is kept on the client's {@link ClientContact link}.
 *
 * <pre>{@code
 * ContactPerson person = ContactPerson.builder()
 *     .id(ContactPersonId.of("p-1"))
 *     .name(PersonName.parse("Петрова Анна Сергеевна"))
 *     .position("Chief accountant")
 *     .addEmails(Email.of("a.petrova@romashka.ru"))
 *     .birthday(Birthday.of(MonthDay.of(2, 29)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class ContactPerson {
  ContactPerson() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract ContactPersonId id();

  /**
   * Returns the full name.
   *
   * @return the name
   */
  public abstract PersonName name();

  /**
   * Returns the person's position, as the person states it.
   *
   * @return the position
   */
  public abstract Optional<String> position();

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
   * Returns the birthday: day and month, the year if known.
   *
   * @return the birthday
   */
  public abstract Optional<Birthday> birthday();

  /**
   * Returns where the person came from.
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
   * Returns the tags.
   *
   * @return the tags
   */
  public abstract Set<Tag> tags();

  /**
   * Returns the values of the contact card's custom fields, by key.
   *
   * @return the custom values
   */
  public abstract Map<String, FieldValue> customFields();

  /**
   * Validates this card's custom values against a card configuration: every value must belong
   * to a custom field defined there and fit its definition.
   *
   * @param configuration the configuration of contact person cards
   * @throws org.clientbase.core.InvalidValueException naming the card and the field if the
   *     configuration is for another type of card, or a value is unknown or does not fit
   */
  public final void check(CardConfiguration configuration) {
    configuration.checkCard(CardType.CONTACT_PERSON, "ContactPerson " + id(), customFields());
  }

  /**
   * Returns the attached files.
   *
   * @return the file references
   */
  public abstract List<FileReference> attachments();

  /**
   * Returns the contact person this card was merged into, if it was found to be a duplicate and
   * merged. A merged card is kept, not deleted; the survivor carries on in its place.
   *
   * @return the surviving contact person, or empty for a card in use
   */
  public abstract Optional<ContactPersonId> mergedInto();

  /**
   * Tells whether this card was merged into another one.
   *
   * @return {@code true} if {@link #mergedInto()} is present
   */
  public final boolean isMerged() {
    return mergedInto().isPresent();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableContactPerson.builder();
  }

  @Value.Check
  final void check() {
    String card = "ContactPerson " + id();
    Checks.checkNormalisedText(card + " position", position());
    Checks.checkMultiline(card + " comment", comment());
    customFields().keySet().forEach(key -> TextPolicy.id(card + " custom field key", key));
    Checks.check(phones().stream().distinct().count() == phones().size(),
        card + " phones", phones(), "must not repeat a phone");
    Checks.check(emails().stream().distinct().count() == emails().size(),
        card + " emails", emails(), "must not repeat an email");
    mergedInto().ifPresent(survivor -> Checks.check(!survivor.equals(id()),
        card + " mergedInto", survivor, "a card cannot be merged into itself"));
  }

  /**
   * Builds a {@link ContactPerson}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code name}; every other attribute is optional. A builder is not
   * thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing ContactPerson into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(ContactPerson instance);
    /**
     * Sets the id ({@link ContactPerson#id() id}). Required: {@code build()} fails if it is not
     * set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(ContactPersonId id);
    /**
     * Sets the full name ({@link ContactPerson#name() name}). Required: {@code build()} fails if
     * it is not set.
     * @param name the value to set
     * @return this builder
     */
    public abstract Builder name(PersonName name);
    /**
     * Sets the person's position, as the person states it
     * ({@link ContactPerson#position() position}). Optional: empty unless set.
     * @param position the value to set
     * @return this builder
     */
    public abstract Builder position(String position);
    /**
     * Sets the person's position, as the person states it
     * ({@link ContactPerson#position() position}), or clears it when empty. Optional: empty unless
     * set.
     * @param position the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder position(Optional<String> position);
    /**
     * Adds one or more elements to {@link ContactPerson#phones() phones}: the phones, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addPhones(Phone... elements);
    /**
     * Replaces {@link ContactPerson#phones() phones} with the given elements: the phones, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder phones(Iterable<? extends Phone> elements);
    /**
     * Adds the elements to {@link ContactPerson#phones() phones}: the phones, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllPhones(Iterable<? extends Phone> elements);
    /**
     * Adds one or more elements to {@link ContactPerson#emails() emails}: the emails, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addEmails(Email... elements);
    /**
     * Replaces {@link ContactPerson#emails() emails} with the given elements: the emails, without
     * repeats. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder emails(Iterable<? extends Email> elements);
    /**
     * Adds the elements to {@link ContactPerson#emails() emails}: the emails, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllEmails(Iterable<? extends Email> elements);
    /**
     * Adds one or more elements to {@link ContactPerson#addresses() addresses}: the postal
     * addresses. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAddresses(PostalAddress... elements);
    /**
     * Replaces {@link ContactPerson#addresses() addresses} with the given elements: the postal
     * addresses. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addresses(Iterable<? extends PostalAddress> elements);
    /**
     * Adds the elements to {@link ContactPerson#addresses() addresses}: the postal addresses.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllAddresses(Iterable<? extends PostalAddress> elements);
    /**
     * Sets the birthday: day and month, the year if known
     * ({@link ContactPerson#birthday() birthday}). Optional: empty unless set.
     * @param birthday the value to set
     * @return this builder
     */
    public abstract Builder birthday(Birthday birthday);
    /**
     * Sets the birthday: day and month, the year if known
     * ({@link ContactPerson#birthday() birthday}), or clears it when empty. Optional: empty unless
     * set.
     * @param birthday the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder birthday(Optional<? extends Birthday> birthday);
    /**
     * Sets where the person came from ({@link ContactPerson#source() source}). Optional: empty
     * unless set.
     * @param source the value to set
     * @return this builder
     */
    public abstract Builder source(Source source);
    /**
     * Sets where the person came from ({@link ContactPerson#source() source}), or clears it when
     * empty. Optional: empty unless set.
     * @param source the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder source(Optional<? extends Source> source);
    /**
     * Sets the free-text comment ({@link ContactPerson#comment() comment}). Optional: empty unless
     * set.
     * @param comment the value to set
     * @return this builder
     */
    public abstract Builder comment(String comment);
    /**
     * Sets the free-text comment ({@link ContactPerson#comment() comment}), or clears it when
     * empty. Optional: empty unless set.
     * @param comment the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder comment(Optional<String> comment);
    /**
     * Adds one or more elements to {@link ContactPerson#tags() tags}: the tags. Optional: empty
     * unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addTags(Tag... elements);
    /**
     * Replaces {@link ContactPerson#tags() tags} with the given elements: the tags. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder tags(Iterable<? extends Tag> elements);
    /**
     * Adds the elements to {@link ContactPerson#tags() tags}: the tags. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllTags(Iterable<? extends Tag> elements);
    /**
     * Puts one entry into {@link ContactPerson#customFields() customFields}: the values of the
     * contact card's custom fields, by key. Optional: empty unless entries are put.
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public abstract Builder putCustomFields(String key, FieldValue value);
    /**
     * Puts one entry into {@link ContactPerson#customFields() customFields}: the values of the
     * contact card's custom fields, by key. Optional: empty unless entries are put.
     * @param entry the entry to put
     * @return this builder
     */
    public abstract Builder putCustomFields(Map.Entry<String, ? extends FieldValue> entry);
    /**
     * Replaces {@link ContactPerson#customFields() customFields} with the given entries: the
     * values of the contact card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder customFields(Map<String, ? extends FieldValue> entries);
    /**
     * Puts the entries into {@link ContactPerson#customFields() customFields}: the values of the
     * contact card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder putAllCustomFields(Map<String, ? extends FieldValue> entries);
    /**
     * Adds one or more elements to {@link ContactPerson#attachments() attachments}: the attached
     * files. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAttachments(FileReference... elements);
    /**
     * Replaces {@link ContactPerson#attachments() attachments} with the given elements: the
     * attached files. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder attachments(Iterable<? extends FileReference> elements);
    /**
     * Adds the elements to {@link ContactPerson#attachments() attachments}: the attached files.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllAttachments(Iterable<? extends FileReference> elements);
    /**
     * Sets the contact person this card was merged into, if it was found to be a duplicate and
     * merged. A merged card is kept, not deleted; the survivor carries on in its place
     * ({@link ContactPerson#mergedInto() mergedInto}). Optional: empty unless set.
     * @param mergedInto the value to set
     * @return this builder
     */
    public abstract Builder mergedInto(ContactPersonId mergedInto);
    /**
     * Sets the contact person this card was merged into, if it was found to be a duplicate and
     * merged. A merged card is kept, not deleted; the survivor carries on in its place
     * ({@link ContactPerson#mergedInto() mergedInto}), or clears it when empty. Optional: empty
     * unless set.
     * @param mergedInto the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder mergedInto(Optional<? extends ContactPersonId> mergedInto);

    /**
     * Builds the ContactPerson, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract ContactPerson build();
  }
}
