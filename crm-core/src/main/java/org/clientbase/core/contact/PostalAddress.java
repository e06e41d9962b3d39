package org.clientbase.core.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;

/**
 * A postal address, kept in parts.
 *
 * <p>The country and the city are required; the postcode, region, street, building and
 * apartment are optional. Every part is trimmed and single-spaced. There are no defaults: a
 * Russian address names its country like any other. A postcode is checked against the
 * country: in Russia (country {@code Россия}, {@code Российская Федерация}, {@code Russia},
 * {@code Russian Federation} or {@code RU}, in any case) it has exactly 6 digits; elsewhere it
 * has 3 to 10 Latin letters, digits, spaces or hyphens.
 *
 * <pre>{@code
 * PostalAddress address = PostalAddress.builder()
 *     .postcode("101000")
 *     .country("Россия")
 *     .city("Москва")
 *     .street("ул. Мясницкая")
 *     .building("д. 1")
 *     .build();
 * address.format(); // "101000, Россия, Москва, ул. Мясницкая, д. 1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PostalAddress {
  private static final String FIELD = "PostalAddress";
  private static final Set<String> RUSSIA =
      Set.of("россия", "российская федерация", "russia", "russian federation", "ru");

  private final String postcode;
  private final String country;
  private final String region;
  private final String city;
  private final String street;
  private final String building;
  private final String apartment;

  private PostalAddress(Builder builder) {
    this.postcode = builder.postcode;
    this.country = builder.country;
    this.region = builder.region;
    this.city = builder.city;
    this.street = builder.street;
    this.building = builder.building;
    this.apartment = builder.apartment;
  }

  /**
   * Starts building an address.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the postcode, if known.
   *
   * @return the postcode, or empty
   */
  public Optional<String> postcode() {
    return Optional.ofNullable(postcode);
  }

  /**
   * Returns the country, as given.
   *
   * @return the country
   */
  public String country() {
    return country;
  }

  /**
   * Returns the region (subject of the federation, state, province), if known.
   *
   * @return the region, or empty
   */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * Returns the city, town or other settlement.
   *
   * @return the city
   */
  public String city() {
    return city;
  }

  /**
   * Returns the street, if known.
   *
   * @return the street, or empty
   */
  public Optional<String> street() {
    return Optional.ofNullable(street);
  }

  /**
   * Returns the building (house number, block, structure), if known.
   *
   * @return the building, or empty
   */
  public Optional<String> building() {
    return Optional.ofNullable(building);
  }

  /**
   * Returns the apartment or office, if known.
   *
   * @return the apartment, or empty
   */
  public Optional<String> apartment() {
    return Optional.ofNullable(apartment);
  }

  /**
   * Returns the address on one line: the parts that are present, separated by commas, in the
   * order postcode, country, region, city, street, building, apartment.
   *
   * @return the formatted address
   */
  public String format() {
    StringJoiner line = new StringJoiner(", ");
    String[] parts = {postcode, country, region, city, street, building, apartment};
    for (String part : parts) {
      if (part != null) {
        line.add(part);
      }
    }
    return line.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PostalAddress)) {
      return false;
    }
    PostalAddress that = (PostalAddress) other;
    return Objects.equals(postcode, that.postcode)
        && country.equals(that.country)
        && Objects.equals(region, that.region)
        && city.equals(that.city)
        && Objects.equals(street, that.street)
        && Objects.equals(building, that.building)
        && Objects.equals(apartment, that.apartment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postcode, country, region, city, street, building, apartment);
  }

  /**
   * Returns the address on one line, as {@link #format()} does.
   *
   * @return the formatted address
   */
  @Override
  public String toString() {
    return format();
  }

  private static boolean isRussia(String country) {
    return RUSSIA.contains(country.toLowerCase(Locale.ROOT));
  }

  private static void checkPostcode(String postcode, String country) {
    String field = FIELD + ".postcode";
    if (isRussia(country)) {
      if (postcode.length() != 6 || !postcode.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new InvalidValueException(
            field, postcode, "must have exactly 6 digits in country " + country);
      }
      return;
    }
    boolean allowed =
        postcode.chars()
            .allMatch(
                c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || c == ' ' || c == '-');
    boolean hasAlphanumeric = postcode.chars().anyMatch(c -> c != ' ' && c != '-');
    if (postcode.length() < 3 || postcode.length() > 10 || !allowed || !hasAlphanumeric) {
      throw new InvalidValueException(
          field, postcode,
          "must have 3 to 10 Latin letters, digits, spaces or hyphens in country " + country);
    }
  }

  /**
   * Builds a {@link PostalAddress}.
   *
   * <p>Each setter checks its text at once (not {@code null}, not blank) and keeps it trimmed
   * and single-spaced; calling a setter again replaces the earlier value. {@link #build()}
   * checks that the required parts are set and that the postcode fits the country. A builder
   * is not thread-safe; the addresses it builds are.
   */
  public static final class Builder {
    private String postcode;
    private String country;
    private String region;
    private String city;
    private String street;
    private String building;
    private String apartment;

    private Builder() {}

    /**
     * Sets the postcode (optional: absent unless set).
     *
     * @param postcode the postcode; checked against the country when the address is built
     * @return this builder
     * @throws InvalidValueException if the postcode is {@code null} or blank
     */
    public Builder postcode(String postcode) {
      this.postcode = Checks.requireText(FIELD + ".postcode", postcode);
      return this;
    }

    /**
     * Sets the country (required).
     *
     * @param country the country, e.g. {@code "Россия"}
     * @return this builder
     * @throws InvalidValueException if the country is {@code null} or blank
     */
    public Builder country(String country) {
      this.country = Checks.requireText(FIELD + ".country", country);
      return this;
    }

    /**
     * Sets the region (optional: absent unless set).
     *
     * @param region the region, e.g. {@code "Московская область"}
     * @return this builder
     * @throws InvalidValueException if the region is {@code null} or blank
     */
    public Builder region(String region) {
      this.region = Checks.requireText(FIELD + ".region", region);
      return this;
    }

    /**
     * Sets the city (required).
     *
     * @param city the city, town or other settlement
     * @return this builder
     * @throws InvalidValueException if the city is {@code null} or blank
     */
    public Builder city(String city) {
      this.city = Checks.requireText(FIELD + ".city", city);
      return this;
    }

    /**
     * Sets the street (optional: absent unless set).
     *
     * @param street the street
     * @return this builder
     * @throws InvalidValueException if the street is {@code null} or blank
     */
    public Builder street(String street) {
      this.street = Checks.requireText(FIELD + ".street", street);
      return this;
    }

    /**
     * Sets the building (optional: absent unless set).
     *
     * @param building the house number, block or structure
     * @return this builder
     * @throws InvalidValueException if the building is {@code null} or blank
     */
    public Builder building(String building) {
      this.building = Checks.requireText(FIELD + ".building", building);
      return this;
    }

    /**
     * Sets the apartment (optional: absent unless set).
     *
     * @param apartment the apartment or office
     * @return this builder
     * @throws InvalidValueException if the apartment is {@code null} or blank
     */
    public Builder apartment(String apartment) {
      this.apartment = Checks.requireText(FIELD + ".apartment", apartment);
      return this;
    }

    /**
     * Builds the address.
     *
     * @return the address
     * @throws org.clientbase.core.MissingValuesException naming both if the country or the
     *     city is not set
     * @throws InvalidValueException if the postcode does not fit the country
     */
    public PostalAddress build() {
      if (country == null || city == null) {
        List<String> missing = new ArrayList<>();
        if (country == null) {
          missing.add("country");
        }
        if (city == null) {
          missing.add("city");
        }
        throw new MissingValuesException(FIELD, missing);
      }
      if (postcode != null) {
        checkPostcode(postcode, country);
      }
      return new PostalAddress(this);
    }
  }
}
