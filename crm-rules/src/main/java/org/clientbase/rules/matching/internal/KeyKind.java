package org.clientbase.rules.matching.internal;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clientbase.rules.matching.MatchField;

/**
 * The kinds of blocking key, each with the fields two cards must agree on to share it. A key is
 * a prefix naming its kind and the normalised value(s), e.g. {@code "tel:+79161234567"} or
 * {@code "pb:ivanov|s|05-17"}.
 */
public enum KeyKind {
  /** The same INN. */
  TAX_ID("inn:", EnumSet.of(MatchField.TAX_ID)),
  /** The same phone. */
  PHONE("tel:", EnumSet.of(MatchField.PHONE)),
  /** The same email. */
  EMAIL("mail:", EnumSet.of(MatchField.EMAIL)),
  /** The last or first name with the other's initial, and the birthday. */
  NAME_BIRTHDAY("pb:", EnumSet.of(MatchField.PERSON_NAME, MatchField.BIRTHDAY)),
  /** The last or first name with the other's initial, and the street and house. */
  NAME_ADDRESS("pa:", EnumSet.of(MatchField.PERSON_NAME, MatchField.ADDRESS)),
  /** The last or first name with the other's initial, and a word of the organisation's name. */
  NAME_ORGANISATION("pc:", EnumSet.of(MatchField.PERSON_NAME, MatchField.ORGANISATION_NAME)),
  /** A word of the organisation's name and the street and house of an address. */
  ORGANISATION_ADDRESS("oa:", EnumSet.of(MatchField.ORGANISATION_NAME, MatchField.ADDRESS)),
  /** The last and first names, in either order. */
  NAME("pn:", EnumSet.of(MatchField.PERSON_NAME)),
  /** The organisation's name, words in any order. */
  ORGANISATION("on:", EnumSet.of(MatchField.ORGANISATION_NAME)),
  /** The street and house of an address. */
  ADDRESS("ad:", EnumSet.of(MatchField.ADDRESS)),
  /** The birthday. */
  BIRTHDAY("bd:", EnumSet.of(MatchField.BIRTHDAY));

  private final String prefix;
  private final Set<MatchField> covers;

  KeyKind(String prefix, Set<MatchField> covers) {
    this.prefix = prefix;
    this.covers = covers;
  }

  /**
   * Returns the fields two cards agree on when they share a key of this kind.
   *
   * @return the fields
   */
  public Set<MatchField> covers() {
    return covers;
  }

  /**
   * Returns the prefix of this kind's keys.
   *
   * @return the prefix, e.g. {@code "tel:"}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the keys of this kind of a card.
   *
   * @param p the card
   * @return the keys, without repeats
   */
  public Set<String> keys(Profile p) {
    Set<String> keys = new LinkedHashSet<>();
    switch (this) {
      case TAX_ID -> p.taxIds().forEach(t -> keys.add(prefix + t.normalised()));
      case PHONE -> p.phones().forEach(t -> keys.add(prefix + t.normalised()));
      case EMAIL -> p.emails().forEach(t -> keys.add(prefix + t.normalised()));
      case NAME_BIRTHDAY -> p.birthday().ifPresent(b -> {
        String day = day(b.monthDay());
        anchors(p).forEach(n -> keys.add(prefix + n + "|" + day));
      });
      case NAME_ADDRESS -> {
        for (String n : anchors(p)) {
          p.streets().forEach(w -> keys.add(prefix + n + "|" + w));
        }
      }
      case NAME_ORGANISATION -> {
        List<String> words = organisationWords(p);
        for (String n : anchors(p)) {
          words.forEach(w -> keys.add(prefix + n + "|" + w));
        }
      }
      case ORGANISATION_ADDRESS -> {
        for (String o : organisationWords(p)) {
          p.streets().forEach(w -> keys.add(prefix + o + "|" + w));
        }
      }
      case NAME -> p.names().forEach(n -> {
        List<String> tokens = n.mainTokens();
        if (tokens.size() == 2) {
          String a = tokens.get(0);
          String b = tokens.get(1);
          keys.add(prefix + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a));
        }
      });
      case ORGANISATION -> p.organisations().forEach(o -> keys.add(prefix + o.key()));
      case ADDRESS -> p.streets().forEach(w -> keys.add(prefix + w));
      case BIRTHDAY -> p.birthday().ifPresent(b -> keys.add(prefix + day(b.monthDay())));
    }
    return keys;
  }

  private static String day(MonthDay day) {
    return day.toString().substring(2);
  }

  private static List<String> anchors(Profile p) {
    List<String> anchors = new ArrayList<>();
    for (Profile.Name name : p.names()) {
      for (String anchor : name.anchors()) {
        if (!anchors.contains(anchor)) {
          anchors.add(anchor);
        }
      }
    }
    return anchors;
  }

  /** The words of the organisation names worth a key: three characters or more. */
  private static List<String> organisationWords(Profile p) {
    List<String> words = new ArrayList<>();
    for (Profile.Text o : p.organisations()) {
      for (String token : o.tokens()) {
        if (token.length() >= 3 && !words.contains(token)) {
          words.add(token);
        }
      }
    }
    return words;
  }

  /**
   * Returns the keys of every kind of a card.
   *
   * @param p the card
   * @param kinds the kinds wanted
   * @return the keys
   */
  public static Set<String> keys(Profile p, Set<KeyKind> kinds) {
    Set<String> keys = new LinkedHashSet<>();
    for (KeyKind kind : kinds) {
      keys.addAll(kind.keys(p));
    }
    return keys;
  }
}
