package org.clientbase.core.lead;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.TextPolicy;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.person.PersonName;
import org.clientbase.core.tax.Inn;
import org.immutables.value.Value;

/**
 * A lead (потенциальный клиент): a person, acting for themselves or for a company, interested
 * in the host's goods or services, with whom no deal has been made yet.
 *
 * <p>A lead may be linked to the client and contact person created from it. Converted leads
 * are never deleted: they keep their card, with the date of conversion and the links.
 *
 * <pre>{@code
 * Lead lead = Lead.builder()
 *     .id(LeadId.of("l-1"))
 *     .name(PersonName.parse("Иванов Иван Иванович"))
 *     .company("ООО «Ромашка»")
 *     .addPhones(Phone.parse("8 (916) 123-45-67"))
 *     .source(Source.of("Website"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Lead {
  Lead() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract LeadId id();

  /**
   * Returns the person's full name.
   *
   * @return the name
   */
  public abstract PersonName name();

  /**
   * Returns the name of the company the person acts for, if any.
   *
   * @return the company name
   */
  public abstract Optional<String> company();

  /**
   * Returns the taxpayer number of the company (or of the person, for a sole proprietor), if
   * the lead gave it. A 12-digit INN with a company name marks a sole proprietor.
   *
   * @return the INN
   */
  public abstract Optional<Inn> inn();

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
   * Returns where the lead came from.
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
   * Returns the values of the lead card's custom fields, by key.
   *
   * @return the custom values
   */
  public abstract Map<String, FieldValue> customFields();

  /**
   * Validates this card's custom values against a card configuration: every value must belong
   * to a custom field defined there and fit its definition.
   *
   * @param configuration the configuration of lead cards
   * @throws org.clientbase.core.InvalidValueException naming the card and the field if the
   *     configuration is for another type of card, or a value is unknown or does not fit
   */
  public final void check(CardConfiguration configuration) {
    configuration.checkCard(CardType.LEAD, "Lead " + id(), customFields());
  }

  /**
   * Returns the manager responsible for the lead.
   *
   * @return the responsible manager
   */
  public abstract Optional<UserId> responsible();

  /**
   * Returns the client this lead is linked to, after conversion or when linked by hand.
   *
   * @return the linked client
   */
  public abstract Optional<ClientId> linkedClient();

  /**
   * Returns the contact person this lead is linked to, after conversion or when linked by hand.
   *
   * @return the linked contact person
   */
  public abstract Optional<ContactPersonId> linkedContactPerson();

  /**
   * Returns when the lead was converted, if the library converted it.
   *
   * @return the conversion instant
   */
  public abstract Optional<Instant> convertedAt();

  /**
   * Tells whether the lead is linked to a client or a contact person, and so must not be
   * converted again.
   *
   * @return {@code true} if linked
   */
  public final boolean isLinked() {
    return linkedClient().isPresent() || linkedContactPerson().isPresent();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableLead.builder();
  }

  @Value.Check
  final void check() {
    BusinessTime.requireInstant("Lead " + id() + " convertedAt", convertedAt());
    Checks.checkNormalisedText("Lead.company", company());
    Checks.checkMultiline("Lead.comment", comment());
    customFields().keySet().forEach(key -> TextPolicy.id("Lead " + id() + " custom field key", key));
    Checks.check(phones().stream().distinct().count() == phones().size(),
        "Lead " + id() + " phones", phones(), "must not repeat a phone");
    Checks.check(emails().stream().distinct().count() == emails().size(),
        "Lead " + id() + " emails", emails(), "must not repeat an email");
    if (convertedAt().isPresent() && !isLinked()) {
      throw new InvalidValueException(
          "Lead " + id() + " convertedAt", convertedAt().get(),
          "a converted lead must be linked to a client or contact person");
    }
  }

  /**
   * Builds a {@link Lead}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code name}; every other attribute is optional. A builder is not
   * thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Lead into this builder: each single value replaces the
     * one set before, collection elements and map entries are added, and an empty optional value
     * leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Lead instance);
    /**
     * Sets the id ({@link Lead#id() id}). Required: {@code build()} fails if it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(LeadId id);
    /**
     * Sets the person's full name ({@link Lead#name() name}). Required: {@code build()} fails if
     * it is not set.
     * @param name the value to set
     * @return this builder
     */
    public abstract Builder name(PersonName name);
    /**
     * Sets the name of the company the person acts for, if any ({@link Lead#company() company}).
     * Optional: empty unless set.
     * @param company the value to set
     * @return this builder
     */
    public abstract Builder company(String company);
    /**
     * Sets the name of the company the person acts for, if any ({@link Lead#company() company}),
     * or clears it when empty. Optional: empty unless set.
     * @param company the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder company(Optional<String> company);
    /**
     * Sets the taxpayer number of the company (or of the person, for a sole proprietor), if the
     * lead gave it. A 12-digit INN with a company name marks a sole proprietor
     * ({@link Lead#inn() inn}). Optional: empty unless set.
     * @param inn the value to set
     * @return this builder
     */
    public abstract Builder inn(Inn inn);
    /**
     * Sets the taxpayer number of the company (or of the person, for a sole proprietor), if the
     * lead gave it. A 12-digit INN with a company name marks a sole proprietor
     * ({@link Lead#inn() inn}), or clears it when empty. Optional: empty unless set.
     * @param inn the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder inn(Optional<? extends Inn> inn);
    /**
     * Adds one or more elements to {@link Lead#phones() phones}: the phones, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addPhones(Phone... elements);
    /**
     * Replaces {@link Lead#phones() phones} with the given elements: the phones, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder phones(Iterable<? extends Phone> elements);
    /**
     * Adds the elements to {@link Lead#phones() phones}: the phones, without repeats. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllPhones(Iterable<? extends Phone> elements);
    /**
     * Adds one or more elements to {@link Lead#emails() emails}: the emails, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addEmails(Email... elements);
    /**
     * Replaces {@link Lead#emails() emails} with the given elements: the emails, without repeats.
     * Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder emails(Iterable<? extends Email> elements);
    /**
     * Adds the elements to {@link Lead#emails() emails}: the emails, without repeats. Optional:
     * empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllEmails(Iterable<? extends Email> elements);
    /**
     * Sets where the lead came from ({@link Lead#source() source}). Optional: empty unless set.
     * @param source the value to set
     * @return this builder
     */
    public abstract Builder source(Source source);
    /**
     * Sets where the lead came from ({@link Lead#source() source}), or clears it when empty.
     * Optional: empty unless set.
     * @param source the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder source(Optional<? extends Source> source);
    /**
     * Sets the free-text comment ({@link Lead#comment() comment}). Optional: empty unless set.
     * @param comment the value to set
     * @return this builder
     */
    public abstract Builder comment(String comment);
    /**
     * Sets the free-text comment ({@link Lead#comment() comment}), or clears it when empty.
     * Optional: empty unless set.
     * @param comment the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder comment(Optional<String> comment);
    /**
     * Adds one or more elements to {@link Lead#tags() tags}: the tags. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addTags(Tag... elements);
    /**
     * Replaces {@link Lead#tags() tags} with the given elements: the tags. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder tags(Iterable<? extends Tag> elements);
    /**
     * Adds the elements to {@link Lead#tags() tags}: the tags. Optional: empty unless elements are
     * added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllTags(Iterable<? extends Tag> elements);
    /**
     * Puts one entry into {@link Lead#customFields() customFields}: the values of the lead card's
     * custom fields, by key. Optional: empty unless entries are put.
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public abstract Builder putCustomFields(String key, FieldValue value);
    /**
     * Puts one entry into {@link Lead#customFields() customFields}: the values of the lead card's
     * custom fields, by key. Optional: empty unless entries are put.
     * @param entry the entry to put
     * @return this builder
     */
    public abstract Builder putCustomFields(Map.Entry<String, ? extends FieldValue> entry);
    /**
     * Replaces {@link Lead#customFields() customFields} with the given entries: the values of the
     * lead card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder customFields(Map<String, ? extends FieldValue> entries);
    /**
     * Puts the entries into {@link Lead#customFields() customFields}: the values of the lead
     * card's custom fields, by key. Optional: empty unless entries are put.
     * @param entries the entries
     * @return this builder
     */
    public abstract Builder putAllCustomFields(Map<String, ? extends FieldValue> entries);
    /**
     * Sets the manager responsible for the lead ({@link Lead#responsible() responsible}).
     * Optional: empty unless set.
     * @param responsible the value to set
     * @return this builder
     */
    public abstract Builder responsible(UserId responsible);
    /**
     * Sets the manager responsible for the lead ({@link Lead#responsible() responsible}), or
     * clears it when empty. Optional: empty unless set.
     * @param responsible the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder responsible(Optional<? extends UserId> responsible);
    /**
     * Sets the client this lead is linked to, after conversion or when linked by hand
     * ({@link Lead#linkedClient() linkedClient}). Optional: empty unless set.
     * @param linkedClient the value to set
     * @return this builder
     */
    public abstract Builder linkedClient(ClientId linkedClient);
    /**
     * Sets the client this lead is linked to, after conversion or when linked by hand
     * ({@link Lead#linkedClient() linkedClient}), or clears it when empty. Optional: empty unless
     * set.
     * @param linkedClient the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder linkedClient(Optional<? extends ClientId> linkedClient);
    /**
     * Sets the contact person this lead is linked to, after conversion or when linked by hand
     * ({@link Lead#linkedContactPerson() linkedContactPerson}). Optional: empty unless set.
     * @param linkedContactPerson the value to set
     * @return this builder
     */
    public abstract Builder linkedContactPerson(ContactPersonId linkedContactPerson);
    /**
     * Sets the contact person this lead is linked to, after conversion or when linked by hand
     * ({@link Lead#linkedContactPerson() linkedContactPerson}), or clears it when empty. Optional:
     * empty unless set.
     * @param linkedContactPerson the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder linkedContactPerson(Optional<? extends ContactPersonId> linkedContactPerson);
    /**
     * Sets when the lead was converted, if the library converted it
     * ({@link Lead#convertedAt() convertedAt}). Optional: empty unless set.
     * @param convertedAt the value to set
     * @return this builder
     */
    public abstract Builder convertedAt(Instant convertedAt);
    /**
     * Sets when the lead was converted, if the library converted it
     * ({@link Lead#convertedAt() convertedAt}), or clears it when empty. Optional: empty unless
     * set.
     * @param convertedAt the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder convertedAt(Optional<? extends Instant> convertedAt);

    /**
     * Builds the Lead, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Lead build();
  }
}
