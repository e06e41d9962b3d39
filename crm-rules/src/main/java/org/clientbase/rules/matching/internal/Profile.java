package org.clientbase.rules.matching.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.contact.Email;
import org.clientbase.core.contact.Phone;
import org.clientbase.core.contact.PostalAddress;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.person.Birthday;
import org.clientbase.core.person.PersonName;
import org.clientbase.rules.matching.AddressNormaliser;
import org.clientbase.rules.matching.CompanyNameNormaliser;
import org.clientbase.rules.matching.EmailNormaliser;
import org.clientbase.rules.matching.MatchCard;
import org.clientbase.rules.matching.NameNormaliser;
import org.clientbase.rules.matching.PhoneNormaliser;

/**
 * A card with every value normalised once, ready to be compared many times.
 */
public final class Profile {

  /** A value as written, normalised, and as a sorted key and tokens. */
  public record Text(String raw, String normalised, String key, List<String> tokens) {
    static Text of(String raw, List<String> tokens) {
      List<String> sorted = new ArrayList<>(tokens);
      Collections.sort(sorted);
      return new Text(raw, String.join(" ", tokens), String.join(" ", sorted), List.copyOf(tokens));
    }

    static Text plain(String raw, String normalised) {
      return new Text(raw, normalised, normalised, List.of(normalised));
    }
  }

  /** A person name: as written, and its folded parts with the initials marked. */
  public record Name(String raw, List<String> parts, List<Boolean> initials) {
    static Name of(PersonName name) {
      List<String> parts = NameNormaliser.parts(name);
      List<Boolean> initials = new ArrayList<>(3);
      initials.add(NameNormaliser.isInitial(name.lastName()));
      initials.add(NameNormaliser.isInitial(name.firstName()));
      name.patronymic().ifPresent(p -> initials.add(NameNormaliser.isInitial(p)));
      return new Name(name.format(), parts, List.copyOf(initials));
    }

    /**
     * The folded parts, separated by single spaces, as explanations show them.
     *
     * @return the folded name
     */
    public String folded() {
      return String.join(" ", parts);
    }

    /**
     * The anchors of the name for compound keys: each of the last and first names (folded,
     * without spaces, unless an initial) followed by the first letter of the other, so that the
     * anchors do not depend on the order of the two and a slip in one name leaves the other's.
     */
    List<String> anchors() {
      List<String> anchors = new ArrayList<>(2);
      for (int i = 0; i < 2; i++) {
        String part = parts.get(i).replace(" ", "");
        String other = parts.get(1 - i).replace(" ", "");
        if (!initials.get(i) && part.length() >= 2 && !other.isEmpty()) {
          anchors.add(part + "|" + other.charAt(0));
        }
      }
      return anchors;
    }

    /** The last and first names, folded, without spaces, unless they are initials. */
    List<String> mainTokens() {
      List<String> tokens = new ArrayList<>(2);
      for (int i = 0; i < 2; i++) {
        String part = parts.get(i).replace(" ", "");
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
  private final List<Text> organisations;
  private final List<Text> taxIds;
  private final List<Text> phones;
  private final List<Text> emails;
  private final List<Text> addresses;
  private final List<String> streets;
  private final Optional<Birthday> birthday;

  private Profile(MatchCard card) {
    this.id = card.id();
    this.type = card.type();
    List<Name> n = new ArrayList<>();
    for (PersonName name : card.personNames()) {
      n.add(Name.of(name));
    }
    this.names = List.copyOf(n);
    List<Text> o = new ArrayList<>();
    for (String organisation : card.organisationNames()) {
      List<String> tokens = CompanyNameNormaliser.tokens(organisation);
      if (!tokens.isEmpty()) {
        o.add(Text.of(organisation, tokens));
      }
    }
    this.organisations = List.copyOf(o);
    List<Text> t = new ArrayList<>();
    for (String inn : card.taxIds()) {
      t.add(Text.plain(inn, inn));
    }
    this.taxIds = List.copyOf(t);
    List<Text> p = new ArrayList<>();
    for (Phone phone : card.phones()) {
      p.add(Text.plain(phone.format(), PhoneNormaliser.normalise(phone)));
    }
    this.phones = List.copyOf(p);
    List<Text> e = new ArrayList<>();
    for (Email email : card.emails()) {
      e.add(Text.plain(email.address(), EmailNormaliser.normalise(email)));
    }
    this.emails = List.copyOf(e);
    List<Text> a = new ArrayList<>();
    for (PostalAddress address : card.addresses()) {
      List<String> tokens = AddressNormaliser.tokens(address);
      if (!tokens.isEmpty()) {
        a.add(Text.of(address.format(), tokens));
      }
    }
    this.addresses = List.copyOf(a);
    List<String> streets = new ArrayList<>();
    for (PostalAddress address : card.addresses()) {
      AddressNormaliser.streetKey(address).filter(k -> !streets.contains(k)).ifPresent(streets::add);
    }
    this.streets = List.copyOf(streets);
    this.birthday = card.birthday();
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

  List<Text> organisations() {
    return organisations;
  }

  List<Text> taxIds() {
    return taxIds;
  }

  List<Text> phones() {
    return phones;
  }

  List<Text> emails() {
    return emails;
  }

  List<Text> addresses() {
    return addresses;
  }

  Optional<Birthday> birthday() {
    return birthday;
  }

  List<String> streets() {
    return streets;
  }
}
