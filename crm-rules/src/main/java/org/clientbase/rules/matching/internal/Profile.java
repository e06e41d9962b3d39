package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.person.Birthday;
import org.clientbase.rules.matching.AddressNormaliser;
import org.clientbase.rules.matching.CompanyNameNormaliser;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.MatchField;
import org.clientbase.rules.matching.NameNormaliser;

/**
 * A card with every value normalised once, ready to be compared many times: the compiled form
 * that scans keep and that {@link org.clientbase.rules.matching.Matcher#compile} returns.
 *
 * <p>Every text keeps two forms: its <em>plain</em> form (lower case, accents dropped, Cyrillic
 * written in Latin letters letter by letter) and its <em>folded</em> form (the Latin spellings of
 * one Russian sound folded to one, see {@link Skeleton}). Two values written in the same script
 * are compared in their plain forms, so English words stay themselves ({@code white} is not
 * {@code vhite}); values written in different scripts are compared in their folded forms, so
 * {@code Сергей} meets {@code Sergey}. Blocking keys always use the folded forms.
 */
public final class Profile {

  /**
   * A value as written, in its plain and folded forms, and as a sorted key and tokens.
   *
   * @param raw the value as written
   * @param normalised the folded words in their order, separated by single spaces
   * @param key the folded words sorted, separated by single spaces
   * @param tokens the folded words
   * @param plainKey the plain words sorted, separated by single spaces
   * @param plainTokens the plain words
   * @param cyrillic whether the value is written in Cyrillic letters
   */
  public record Text(
      String raw, String normalised, String key, List<String> tokens, String plainKey, List<String> plainTokens,
      boolean cyrillic) {
    static Text of(String raw, List<String> plainTokens) {
      List<String> tokens = new ArrayList<>(plainTokens.size());
      for (String word : plainTokens) {
        String folded = Skeleton.fold(word);
        if (!folded.isEmpty()) {
          tokens.add(folded);
        }
      }
      return new Text(raw, String.join(" ", tokens), sorted(tokens), List.copyOf(tokens), sorted(plainTokens),
          List.copyOf(plainTokens), Skeleton.hasCyrillic(raw));
    }

    static Text plain(String raw, String normalised) {
      return new Text(raw, normalised, normalised, List.of(normalised), normalised, List.of(normalised), false);
    }

    /** The form to compare with another value: plain within one script, folded across scripts. */
    String keyFor(Text other) {
      return cyrillic == other.cyrillic ? plainKey : key;
    }

    /** The words to compare with another value's. */
    List<String> tokensFor(Text other) {
      return cyrillic == other.cyrillic ? plainTokens : tokens;
    }

    private static String sorted(List<String> words) {
      if (words.size() < 2) {
        return words.isEmpty() ? "" : words.get(0);
      }
      List<String> copy = new ArrayList<>(words);
      Collections.sort(copy);
      return String.join(" ", copy);
    }
  }

  /**
   * A person name: as written, its plain and folded parts (last, first and maybe patronymic; a
   * missing part is empty), the initials marked, and the group of its first name.
   *
   * @param raw the name as written
   * @param parts the folded parts
   * @param plainParts the plain parts
   * @param initials which parts are initials
   * @param cyrillic whether the name is written in Cyrillic letters
   * @param firstNameGroup the first name's group of equivalents, or -1
   */
  public record Name(
      String raw, List<String> parts, List<String> plainParts, List<Boolean> initials, boolean cyrillic,
      int firstNameGroup) {
    static Name of(MatchCard.Name name) {
      List<String> plain = new ArrayList<>(3);
      List<String> folded = new ArrayList<>(3);
      List<Boolean> initials = new ArrayList<>(3);
      List<String> written = new ArrayList<>(3);
      written.add(name.lastName());
      written.add(name.firstName());
      name.patronymic().ifPresent(written::add);
      for (String part : written) {
        String p = Skeleton.plain(part);
        plain.add(p);
        folded.add(NameNormaliser.normalise(part));
        initials.add(NameNormaliser.isInitial(part));
      }
      return new Name(name.format(), List.copyOf(folded), List.copyOf(plain), List.copyOf(initials),
          Skeleton.hasCyrillic(name.format()), FirstNames.groupOf(folded.get(1)));
    }

    /** The parts to compare with another name's: plain within one script, folded across. */
    List<String> partsFor(Name other) {
      return cyrillic == other.cyrillic ? plainParts : parts;
    }

    /**
     * The folded parts, separated by single spaces, as explanations show them.
     *
     * @return the folded name
     */
    public String folded() {
      return String.join(" ", parts).strip();
    }

    /**
     * The plain or folded parts compared with another name, separated by single spaces.
     *
     * @param other the other name
     * @return the compared form
     */
    public String comparedWith(Name other) {
      return String.join(" ", partsFor(other)).strip();
    }

    /** Whether the last and the first name are both given. */
    boolean complete() {
      return !parts.get(0).isEmpty() && !parts.get(1).isEmpty();
    }

    /**
     * The anchors of the name for compound keys: each of the last and first names (folded,
     * without spaces, unless an initial) followed by the first letter of the other, so that the
     * anchors do not depend on the order of the two and a slip in one name leaves the other's.
     * A first name with equivalents anchors by its group.
     */
    List<String> anchors() {
      List<String> anchors = new ArrayList<>(2);
      for (int i = 0; i < 2; i++) {
        String part = blockingForm(i);
        String other = parts.get(1 - i).replace(" ", "");
        if (!initials.get(i) && part.length() >= 2 && !other.isEmpty()) {
          anchors.add(part + "|" + other.charAt(0));
        }
      }
      return anchors;
    }

    /** A part for keys: folded without spaces; a first name with equivalents by its group. */
    String blockingForm(int i) {
      if (i == 1 && firstNameGroup >= 0) {
        return "#" + firstNameGroup;
      }
      return parts.get(i).replace(" ", "");
    }

    /** The last and first names, folded, without spaces, unless they are initials or missing. */
    List<String> mainTokens() {
      List<String> tokens = new ArrayList<>(2);
      for (int i = 0; i < 2; i++) {
        String part = blockingForm(i);
        if (!initials.get(i) && part.length() >= 2) {
          tokens.add(part);
        }
      }
      return tokens;
    }
  }

  private final EntityId id;
  private final CardType type;
  private final List<Name> names;
  private final List<List<Text>> texts = new ArrayList<>(MatchField.values().length);
  private final List<String> streets;
  private final Optional<Birthday> birthday;

  private Profile(MatchCard card) {
    this.id = card.id();
    this.type = card.type();
    for (int i = 0; i < MatchField.values().length; i++) {
      texts.add(List.of());
    }
    List<Name> n = new ArrayList<>();
    List<Text> first = new ArrayList<>();
    List<Text> last = new ArrayList<>();
    for (MatchCard.Name name : card.names()) {
      Name compiled = Name.of(name);
      n.add(compiled);
      addPart(last, name.lastName());
      addPart(first, name.firstName());
    }
    this.names = List.copyOf(n);
    put(MatchField.FIRST_NAME, first);
    put(MatchField.LAST_NAME, last);
    List<Text> o = new ArrayList<>();
    for (String organisation : card.organisationNames()) {
      List<String> tokens = CompanyNameNormaliser.plainTokens(organisation);
      if (!tokens.isEmpty()) {
        o.add(Text.of(organisation, tokens));
      }
    }
    put(MatchField.ORGANISATION_NAME, o);
    List<Text> t = new ArrayList<>();
    for (String inn : card.taxIds()) {
      t.add(Text.plain(inn, inn));
    }
    put(MatchField.TAX_ID, t);
    List<Text> p = new ArrayList<>();
    for (String phone : card.phoneNumbers()) {
      p.add(Text.plain(phone, phone));
    }
    put(MatchField.PHONE, p);
    List<Text> e = new ArrayList<>();
    for (String email : card.emailAddresses()) {
      e.add(Text.plain(email, email));
    }
    put(MatchField.EMAIL, e);
    List<Text> a = new ArrayList<>();
    List<Text> postcodes = new ArrayList<>();
    List<Text> localities = new ArrayList<>();
    List<Text> streetTexts = new ArrayList<>();
    List<Text> houses = new ArrayList<>();
    List<Text> flats = new ArrayList<>();
    List<String> streetKeys = new ArrayList<>();
    for (MatchCard.Address address : card.addresses()) {
      List<String> tokens = AddressNormaliser.plainTokens(address.postcode(), address.country(), address.locality(),
          address.street(), address.house(), address.flat());
      if (!tokens.isEmpty()) {
        a.add(Text.of(address.format(), tokens));
      }
      addCode(postcodes, address.postcode());
      addWords(localities, address.locality(), AddressNormaliser.plainWords(address.locality()));
      addWords(streetTexts, address.street(), AddressNormaliser.plainWords(address.street()));
      addCode(houses, address.house());
      addCode(flats, address.flat());
      for (String key : AddressNormaliser.streetKeys(address.street(), address.house())) {
        if (!streetKeys.contains(key)) {
          streetKeys.add(key);
        }
      }
    }
    put(MatchField.ADDRESS, a);
    put(MatchField.POSTCODE, postcodes);
    put(MatchField.LOCALITY, localities);
    put(MatchField.STREET, streetTexts);
    put(MatchField.HOUSE, houses);
    put(MatchField.FLAT, flats);
    this.streets = List.copyOf(streetKeys);
    this.birthday = card.birthday();
  }

  private void put(MatchField field, List<Text> values) {
    texts.set(field.ordinal(), List.copyOf(values));
  }

  private static void addPart(List<Text> into, String part) {
    List<String> words = Skeleton.plainWords(part);
    if (!words.isEmpty() && !NameNormaliser.isInitial(part)) {
      Text text = Text.of(part, words);
      if (!into.contains(text)) {
        into.add(text);
      }
    }
  }

  private static void addWords(List<Text> into, String raw, List<String> words) {
    if (!words.isEmpty()) {
      Text text = Text.of(raw, words);
      if (!into.contains(text)) {
        into.add(text);
      }
    }
  }

  /** A code (postcode, house, flat): its letters and digits, lower case, without spaces. */
  private static void addCode(List<Text> into, String raw) {
    String code = String.join("", Skeleton.plainWords(raw));
    if (!code.isEmpty()) {
      Text text = Text.plain(raw, code);
      if (!into.contains(text)) {
        into.add(text);
      }
    }
  }

  /**
   * Normalises a card.
   *
   * @param card the card
   * @return its profile
   */
  public static Profile of(MatchCard card) {
    return new Profile(card);
  }

  /**
   * Returns the card's id.
   *
   * @return the id
   */
  public EntityId id() {
    return id;
  }

  /**
   * Returns the card's type.
   *
   * @return the type
   */
  public CardType type() {
    return type;
  }

  List<Name> names() {
    return names;
  }

  /**
   * Returns the values of a text field.
   *
   * @param field any field but the person name and the birthday
   * @return the values, without repeats
   */
  public List<Text> texts(MatchField field) {
    return texts.get(field.ordinal());
  }

  Optional<Birthday> birthday() {
    return birthday;
  }

  List<String> streets() {
    return streets;
  }
}
