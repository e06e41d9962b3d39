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
    return new Builder();
  }

  @Value.Check
  final void check() {
    convertedAt().ifPresent(v -> BusinessTime.requireInstant("Lead " + id() + " convertedAt", v));
    company().ifPresent(v -> Checks.checkNormalisedText("Lead.company", v));
    comment().ifPresent(v -> Checks.checkMultiline("Lead.comment", v));
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

  /** Builds a {@link Lead}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableLead.Builder {
    Builder() {}
  }
}
