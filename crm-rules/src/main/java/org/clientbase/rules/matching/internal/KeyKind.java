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
  BIRTHDAY("bd:", EnumSet.of(MatchField.BIRTHDAY)),
  /** The whole date of birth, with its year. */
  BIRTH_DATE("dob:", EnumSet.of(MatchField.BIRTHDAY)),
  /** The last name alone, folded, without spaces; for names that give one part. */
  LAST_NAME("ln:", EnumSet.of(MatchField.LAST_NAME)),
  /** The last or first name with the other's initial, and the postcode. */
  NAME_POSTCODE("pp:", EnumSet.of(MatchField.PERSON_NAME, MatchField.POSTCODE)),
  /** The postcode and the house number. */
  POSTCODE_HOUSE("ph:", EnumSet.of(MatchField.POSTCODE, MatchField.HOUSE)),
  /** The first name (or its group of equivalents) and the date of birth. */
  FIRST_NAME_BIRTH_DATE("fd:", EnumSet.of(MatchField.FIRST_NAME, MatchField.BIRTHDAY)),
  /** The last name and the date of birth with one of its parts left out. */
  LAST_NAME_BIRTH_DATE("ld:", EnumSet.of(MatchField.LAST_NAME, MatchField.BIRTHDAY));

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
      case TAX_ID -> p.texts(MatchField.TAX_ID).forEach(t -> keys.add(prefix + t.normalised()));
      case PHONE -> p.texts(MatchField.PHONE).forEach(t -> keys.add(prefix + last7(t.normalised())));
      case EMAIL -> p.texts(MatchField.EMAIL).forEach(t -> keys.add(prefix + t.normalised()));
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
      case ORGANISATION -> p.texts(MatchField.ORGANISATION_NAME).forEach(o -> {
        keys.add(prefix + o.key());
        keys.add(prefix + o.normalised().replace(" ", ""));
      });
      case ADDRESS -> p.streets().forEach(w -> keys.add(prefix + w));
      case BIRTHDAY -> p.birthday().ifPresent(b -> keys.add(prefix + day(b.monthDay())));
      case BIRTH_DATE -> p.birthday().flatMap(b -> b.year().map(y -> y + "-" + day(b.monthDay())))
          .ifPresent(d -> keys.add(prefix + d));
      case LAST_NAME -> p.names().forEach(n -> {
        String last = n.blockingForm(0);
        if (last.length() >= 2 && !n.initials().get(0)) {
          keys.add(prefix + last);
        }
      });
      case NAME_POSTCODE -> {
        for (String n : anchors(p)) {
          p.texts(MatchField.POSTCODE).forEach(c -> keys.add(prefix + n + "|" + c.normalised()));
        }
      }
      case POSTCODE_HOUSE -> {
        for (Profile.Text c : p.texts(MatchField.POSTCODE)) {
          p.texts(MatchField.HOUSE).forEach(h -> keys.add(prefix + c.normalised() + "|" + h.normalised()));
        }
      }
      case FIRST_NAME_BIRTH_DATE -> p.birthday().ifPresent(b -> {
        for (Profile.Name n : p.names()) {
          String first = n.blockingForm(1);
          if (first.length() >= 2 && !n.initials().get(1)) {
            keys.add(prefix + first + "|" + b.year().map(y -> y + "-").orElse("") + day(b.monthDay()));
          }
        }
      });
      case LAST_NAME_BIRTH_DATE -> p.birthday().ifPresent(b -> {
        String md = day(b.monthDay());
        String year = b.year().map(String::valueOf).orElse("");
        for (Profile.Name n : p.names()) {
          String last = n.blockingForm(0);
          if (last.length() >= 2 && !n.initials().get(0)) {
            keys.add(prefix + last + "|" + md);
            if (!year.isEmpty()) {
              keys.add(prefix + last + "|" + year + "-" + md.substring(0, 2));
              keys.add(prefix + last + "|" + year + "-" + md.substring(3));
            }
          }
        }
      });
    }
    return keys;
  }

  /** A phone's key: its last seven digits, so a local number meets the full one. */
  private static String last7(String phone) {
    return phone.length() > 7 ? phone.substring(0, phone.length() - 7) + "|" + phone.substring(phone.length() - 7)
        : "|" + phone;
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

  /**
   * The words of the organisation names worth a key: three characters or more; a name without
   * such a word gives its words run together.
   */
  private static List<String> organisationWords(Profile p) {
    List<String> words = new ArrayList<>();
    for (Profile.Text o : p.texts(MatchField.ORGANISATION_NAME)) {
      boolean any = false;
      for (String token : o.tokens()) {
        if (token.length() >= 3) {
          any = true;
          if (!words.contains(token)) {
            words.add(token);
          }
        }
      }
      String joined = o.normalised().replace(" ", "");
      if (!any && !joined.isEmpty() && !words.contains(joined)) {
        words.add(joined);
      }
    }
    return words;
  }

  /**
   * Returns the kinds named like some blocking rules.
   *
   * @param rules the blocking rules
   * @return the kinds
   */
  public static Set<KeyKind> of(Set<? extends Enum<?>> rules) {
    Set<KeyKind> kinds = EnumSet.noneOf(KeyKind.class);
    for (Enum<?> rule : rules) {
      kinds.add(valueOf(rule.name()));
    }
    return kinds;
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
