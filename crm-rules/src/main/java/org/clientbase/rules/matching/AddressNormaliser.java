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
    List<String> parts = new ArrayList<>();
    address.postcode().ifPresent(parts::add);
    if (!RUSSIA.contains(address.country().toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
      parts.add(address.country());
    }
    parts.add(address.city());
    address.street().ifPresent(parts::add);
    address.building().ifPresent(parts::add);
    address.apartment().ifPresent(parts::add);
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
    Optional<String> sorted = streetKey(address);
    if (sorted.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String word : plainWords(address.street().orElseThrow())) {
      words.add(Skeleton.fold(word));
    }
    String house = house(address);
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
