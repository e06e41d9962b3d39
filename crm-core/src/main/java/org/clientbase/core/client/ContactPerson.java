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
    return new Builder();
  }

  @Value.Check
  final void check() {
    String card = "ContactPerson " + id();
    position().ifPresent(v -> Checks.checkNormalisedText(card + " position", v));
    comment().ifPresent(v -> Checks.checkMultiline(card + " comment", v));
    customFields().keySet().forEach(key -> TextPolicy.id(card + " custom field key", key));
    Checks.check(phones().stream().distinct().count() == phones().size(),
        card + " phones", phones(), "must not repeat a phone");
    Checks.check(emails().stream().distinct().count() == emails().size(),
        card + " emails", emails(), "must not repeat an email");
    mergedInto().ifPresent(survivor -> Checks.check(!survivor.equals(id()),
        card + " mergedInto", survivor, "a card cannot be merged into itself"));
  }

  /** Builds a {@link ContactPerson}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableContactPerson.Builder {
    Builder() {}
  }
}
