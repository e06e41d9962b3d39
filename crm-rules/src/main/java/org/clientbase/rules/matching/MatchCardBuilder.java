package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;

/**
 * Builds a {@link MatchCard} from a host's own record; see {@link MatchCard#builder}.
 *
 * <p>Not thread-safe: fill a builder from one thread, then share the {@link MatchCard} it builds.
 */
public final class MatchCardBuilder {
  private final EntityId id;
  private final CardType type;
  private final List<MatchCard.Name> names = new ArrayList<>();
  private final List<String> organisations = new ArrayList<>();
  private final List<String> taxIds = new ArrayList<>();
  private final List<String> phones = new ArrayList<>();
  private final List<String> emails = new ArrayList<>();
  private final List<MatchCard.Address> addresses = new ArrayList<>();
  private Optional<Birthday> birthday = Optional.empty();
  private String region = "RU";

  MatchCardBuilder(EntityId id, CardType type) {
    this.id = id;
    this.type = type;
  }

  /**
   * Sets the region in which phones written without a country code are read; {@code "RU"}
   * if not set. Set it before adding phones.
   *
   * @param value {@code "RU"} or {@code "US"}
   * @return this builder
   * @throws InvalidValueException for another region
   */
  public MatchCardBuilder phoneRegion(String value) {
    PhoneNormaliser.checkRegion(value);
    this.region = value;
    return this;
  }

  /**
   * Adds a person's name; one of the two parts may be blank.
   *
   * @param lastName the last name, or blank
   * @param firstName the first name, or blank
   * @return this builder
   * @throws InvalidValueException if both are blank
   */
  public MatchCardBuilder name(String lastName, String firstName) {
    names.add(new MatchCard.Name(lastName, firstName, Optional.empty()));
    return this;
  }

  /**
   * Adds a person's name.
   *
   * @param name the name
   * @return this builder
   */
  public MatchCardBuilder name(PersonName name) {
    names.add(MatchCard.Name.of(Objects.requireNonNull(name, "name")));
    return this;
  }

  /**
   * Adds an organisation's name, as written.
   *
   * @param name the name
   * @return this builder
   */
  public MatchCardBuilder organisationName(String name) {
    String value = MatchCard.spaced(Objects.requireNonNull(name, "organisationName"));
    if (!value.isEmpty()) {
      organisations.add(value);
    }
    return this;
  }

  /**
   * Adds a tax or personal identification number, compared by its letters and digits.
   *
   * @param value the number as written
   * @return this builder
   */
  public MatchCardBuilder taxId(String value) {
    String digits = Objects.requireNonNull(value, "taxId").replaceAll("[^\\p{L}\\p{Nd}]", "");
    if (!digits.isEmpty()) {
      taxIds.add(digits);
    }
    return this;
  }

  /**
   * Adds a phone written as text, read in the {@link #phoneRegion(String) region}.
   *
   * @param text the number as written
   * @return this builder
   * @throws InvalidValueException if the text is not a phone number of the region
   */
  public MatchCardBuilder phone(String text) {
    phones.add(PhoneNormaliser.normalise(Objects.requireNonNull(text, "phone"), region));
    return this;
  }

  /**
   * Adds an email.
   *
   * @param email the email
   * @return this builder
   */
  public MatchCardBuilder email(Email email) {
    emails.add(EmailNormaliser.normalise(Objects.requireNonNull(email, "email")));
    return this;
  }

  /**
   * Adds a postal address.
   *
   * @param address the address
   * @return this builder
   */
  public MatchCardBuilder address(PostalAddress address) {
    addresses.add(MatchCard.Address.of(Objects.requireNonNull(address, "address")));
    return this;
  }

  /**
   * Adds an address given by its parts, any of which may be blank, as a host's record often
   * gives it.
   *
   * @param address the address
   * @return this builder
   */
  public MatchCardBuilder address(MatchCard.Address address) {
    MatchCard.Address a = Objects.requireNonNull(address, "address");
    if (!a.format().isEmpty()) {
      addresses.add(a);
    }
    return this;
  }

  /**
   * Sets the birthday.
   *
   * @param value the birthday
   * @return this builder
   */
  public MatchCardBuilder birthday(Birthday value) {
    this.birthday = Optional.of(Objects.requireNonNull(value, "birthday"));
    return this;
  }

  /**
   * Builds the card.
   *
   * @return the card
   */
  public MatchCard build() {
    return MatchCard.ofNormalised(id, type, List.copyOf(names), List.copyOf(organisations), List.copyOf(taxIds), List.copyOf(phones),
        List.copyOf(emails), List.copyOf(addresses), birthday);
  }
}
