package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.rules.matching.internal.Skeleton;

/**
 * Normalises postal addresses for matching, in a basic way: the words of the postcode, city,
 * street, building and apartment, without the words that only say what a part is ({@code ул.},
 * {@code улица}, {@code д.}, {@code корп.}, {@code кв.}, {@code г.}, {@code пр-т}, ...), folded
 * as {@link NameNormaliser} folds names. The country is left out when it is Russia, however
 * written, and the region is left out, since people often omit it. The matcher compares the
 * words as a set, so their order does not matter.
 *
 * <pre>{@code
 * AddressNormaliser.tokens(PostalAddress.builder().country("Россия").city("Москва")
 *     .street("ул. Мясницкая").building("д. 1").build());   // [moskva, miasnikaia, 1]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AddressNormaliser {
  private AddressNormaliser() {}

  private static final Set<String> RUSSIA =
      Set.of("россия", "российская федерация", "рф", "russia", "russian federation", "ru");

  private static final Set<String> MARKERS = Set.of(
      "ул", "улица", "д", "дом", "корп", "корпус", "к", "стр", "строение", "кв", "квартира", "оф",
      "офис", "пом", "помещение", "г", "город", "пр", "т", "проспект", "просп", "пер", "переулок",
      "ш", "шоссе", "наб", "набережная", "бул", "бульвар", "пл", "площадь", "обл", "область", "р",
      "н", "район", "респ", "республика", "край", "мкр", "микрорайон", "пос", "поселок", "посёлок",
      "с", "село", "дер", "деревня", "st", "street", "str", "ave", "avenue", "rd", "road", "apt",
      "office", "bldg", "building");

  /**
   * Returns the folded words of an address, without the marker words.
   *
   * @param address the address
   * @return the words, postcode first
   */
  public static List<String> tokens(PostalAddress address) {
    List<String> folded = new ArrayList<>();
    for (String word : plainTokens(address)) {
      String f = Skeleton.fold(word);
      if (!f.isEmpty()) {
        folded.add(f);
      }
    }
    return folded;
  }

  /**
   * Returns the plain words of an address (lower case, Cyrillic written in Latin letters, not
   * folded), without the marker words.
   *
   * @param address the address
   * @return the words, postcode first
   */
  public static List<String> plainTokens(PostalAddress address) {
    Objects.requireNonNull(address, "address");
    return plainTokens(address.postcode().orElse(""), address.country(), address.city(),
        address.street().orElse(""), address.building().orElse(""), address.apartment().orElse(""));
  }

  /**
   * Returns the plain words of an address given by its parts, without the marker words; the
   * country is left out when it is Russia.
   *
   * @param postcode the postcode, or blank
   * @param country the country, or blank
   * @param city the city, or blank
   * @param street the street, or blank
   * @param building the building, or blank
   * @param apartment the apartment, or blank
   * @return the words, postcode first
   */
  public static List<String> plainTokens(
      String postcode, String country, String city, String street, String building, String apartment) {
    List<String> parts = new ArrayList<>();
    parts.add(postcode);
    if (!RUSSIA.contains(country.toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
      parts.add(country);
    }
    parts.add(city);
    parts.add(street);
    parts.add(building);
    parts.add(apartment);
    List<String> tokens = new ArrayList<>();
    for (String part : parts) {
      tokens.addAll(plainWords(part));
    }
    return tokens;
  }

  /**
   * Returns the plain words of one part of an address (a street, a city), without the marker
   * words such as {@code ул.} or {@code street}.
   *
   * @param part the part as written
   * @return the plain words
   */
  public static List<String> plainWords(String part) {
    List<String> words = new ArrayList<>();
    for (String word : Objects.requireNonNull(part, "part").toLowerCase(Locale.ROOT).replace('ё', 'е')
        .split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty() && !MARKERS.contains(word)) {
        words.addAll(Skeleton.plainWords(word));
      }
    }
    return words;
  }

  /**
   * Returns the keys under which the street and house of an address are found: the folded
   * words of the street sorted, with the house number (robust to word order), and the folded
   * words run together without spaces, with the house number (robust to spacing: {@code
   * holdenplace 8} and {@code holden place 8} share it).
   *
   * @param address the address
   * @return the keys; empty without a street
   */
  public static List<String> streetKeys(PostalAddress address) {
    return streetKeys(address.street().orElse(""), address.building().orElse(""));
  }

  /**
   * Returns the keys of a street and house given as text; see {@link #streetKeys(PostalAddress)}.
   *
   * @param street the street, or blank
   * @param building the building, or blank
   * @return the keys; empty without a street
   */
  public static List<String> streetKeys(String street, String building) {
    List<String> words = new ArrayList<>();
    for (String word : plainWords(street)) {
      words.add(Skeleton.fold(word));
    }
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> sortedWords = new ArrayList<>(words);
    Collections.sort(sortedWords);
    String house = building.replaceAll("^\\D*(\\d*).*$", "$1");
    Optional<String> sorted = Optional.of(String.join(" ", sortedWords) + (house.isEmpty() ? "" : " " + house));
    String joined = String.join("", words) + (house.isEmpty() ? "" : " " + house);
    return joined.equals(sorted.get()) ? List.of(joined) : List.of(sorted.get(), joined);
  }

  private static String house(PostalAddress address) {
    return address.building().map(b -> b.replaceAll("^\\D*(\\d*).*$", "$1")).orElse("");
  }

  /**
   * Returns the street and house of an address, normalised so that two spellings of one address
   * share it: the folded words of the street without marker words, sorted, then the digits the
   * building starts with. A selective key for finding cards at the same address.
   *
   * @param address the address
   * @return e.g. {@code "miasnikaia 1"} for {@code ул. Мясницкая, д. 1}; empty without a street
   */
  public static Optional<String> streetKey(PostalAddress address) {
    Objects.requireNonNull(address, "address");
    if (address.street().isEmpty()) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (String word : address.street().get().toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty() && !MARKERS.contains(word)) {
        words.addAll(Skeleton.words(word));
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Collections.sort(words);
    String house = house(address);
    return Optional.of(String.join(" ", words) + (house.isEmpty() ? "" : " " + house));
  }

  /**
   * Returns the normalised address: its {@link #tokens(PostalAddress) tokens} separated by
   * single spaces.
   *
   * @param address the address
   * @return the normalised address
   */
  public static String normalise(PostalAddress address) {
    return String.join(" ", tokens(address));
  }
}
