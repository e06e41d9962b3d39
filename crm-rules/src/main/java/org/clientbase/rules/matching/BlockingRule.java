package org.clientbase.rules.matching;

import java.util.EnumSet;
import java.util.Set;
import org.clientbase.rules.matching.internal.KeyKind;

/**
 * A blocking rule: the kind of key under which two cards become candidates, compared by the
 * rules at all. Blocking is chosen apart from the weights: a set of rules decides which pairs are
 * compared, the {@link MatchRules} decide which compared pairs are duplicates. Every key is made
 * of folded values (robust to case, script, spacing and, within a field, word order).
 *
 * <pre>{@code
 * Linkage linkage = Linkage.of(matcher, BlockingRule.defaults());
 * }</pre>
 */
public enum BlockingRule {
  /** The same tax id. */
  TAX_ID,
  /** The same phone (by its last seven digits and country). */
  PHONE,
  /** The same email. */
  EMAIL,
  /** The last or first name with the other's initial, and the birthday's day and month. */
  NAME_BIRTHDAY,
  /** The last or first name with the other's initial, and the street and house. */
  NAME_ADDRESS,
  /** The last or first name with the other's initial, and a word of the organisation's name. */
  NAME_ORGANISATION,
  /** A word of the organisation's name, and the street and house. */
  ORGANISATION_ADDRESS,
  /** The last and first names in either order (a first name by its group of equivalents). */
  NAME,
  /** The organisation's name, words in any order, or run together. */
  ORGANISATION,
  /** The street and house, words in any order, or run together. */
  ADDRESS,
  /** The birthday's day and month. */
  BIRTHDAY,
  /** The whole date of birth. */
  BIRTH_DATE,
  /** The last name alone. */
  LAST_NAME,
  /** The last or first name with the other's initial, and the postcode. */
  NAME_POSTCODE,
  /** The postcode and the house number. */
  POSTCODE_HOUSE,
  /** The first name (or its group) and the date of birth. */
  FIRST_NAME_BIRTH_DATE,
  /** The last name and the date of birth with its day, its month or its year left out. */
  LAST_NAME_BIRTH_DATE;

  /**
   * Returns the default blocking rules: every kind of key. Keys shared by more cards than a
   * block may hold are skipped, so the common keys cost nothing in a large base.
   *
   * @return the defaults
   */
  public static Set<BlockingRule> defaults() {
    return EnumSet.allOf(BlockingRule.class);
  }

  KeyKind kind() {
    return KeyKind.valueOf(name());
  }

  static Set<KeyKind> kinds(Set<BlockingRule> rules) {
    Set<KeyKind> kinds = EnumSet.noneOf(KeyKind.class);
    for (BlockingRule rule : rules) {
      kinds.add(rule.kind());
    }
    return kinds;
  }
}
