package org.clientbase.rules.matching;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.clientbase.core.InvalidValueException;

/**
 * How much an exact agreement on a field counts for each value, by how common the value is: two
 * cards that both say "Smith" agree on a value many cards share, which says less than two cards
 * that both say "Linacre". This is the term-frequency adjustment of the Fellegi–Sunter model as
 * Splink makes it: the probability that two different cards agree on a value is the value's
 * share of the cards, so an agreement on a value gains {@code log2(u / share)} bits over the
 * field's agreement weight, where {@code u} is the probability that two different cards agree
 * exactly on the field at all. {@link MatchRulesLearner} counts the shares in the host's cards
 * and keeps the adjustments in score points; they can be read, saved with the rules and changed
 * by hand.
 *
 * <p>When the field of a pair agrees with similarity 1, the field adds its {@link
 * FieldRule#weight() weight} plus the adjustment of the value (the smaller adjustment of the two
 * values, when they differ but count as equal, such as equivalent first names), and never less
 * than nothing. Agreement below similarity 1, the middle band and disagreement are not adjusted.
 * Values are looked up in their plain form: lower case, accents dropped, words sorted and
 * separated by single spaces, Cyrillic written in Latin letters ({@code "иванов"} and {@code
 * "Ivanov"} are both {@code "ivanov"}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TermAdjustment surnames = new TermAdjustment(MatchField.LAST_NAME,
 *     Map.of("smith", -0.04, "jones", -0.03), 0.02);   // any other surname: +0.02
 * }</pre>
 *
 * @param field the field adjusted: the first or last name, organisation name, postcode, locality,
 *     street, house or flat
 * @param values the adjustment of each listed value, in score points, from -1 to 1
 * @param otherValues the adjustment of a value not listed, from -1 to 1
 */
public record TermAdjustment(MatchField field, Map<String, Double> values, double otherValues) {

  /** The fields whose values can be adjusted by their frequency. */
  public static final Set<MatchField> FIELDS = Collections.unmodifiableSet(java.util.EnumSet.of(
      MatchField.FIRST_NAME, MatchField.LAST_NAME, MatchField.ORGANISATION_NAME, MatchField.POSTCODE,
      MatchField.LOCALITY, MatchField.STREET, MatchField.HOUSE, MatchField.FLAT));

  /**
   * Checks and copies the parts; the values are kept in their order as text.
   *
   * @param field the field
   * @param values the adjustment of each listed value
   * @param otherValues the adjustment of any other value
   * @throws InvalidValueException naming the field, the value and the problem
   */
  public TermAdjustment {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(values, "values");
    String name = "TermAdjustment " + field.label();
    if (!FIELDS.contains(field)) {
      throw new InvalidValueException(name + " field", field.name(), "values are adjusted by frequency only for "
          + FIELDS);
    }
    check(name + " otherValues", otherValues);
    Map<String, Double> copy = new TreeMap<>();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      String value = Objects.requireNonNull(e.getKey(), "value");
      if (value.isBlank() || !value.equals(value.strip())) {
        throw new InvalidValueException(name + " value", excerpt(value), "must be a value in its plain form, not blank"
            + " and without surrounding spaces");
      }
      check(name + " adjustment of \"" + excerpt(value) + "\"", Objects.requireNonNull(e.getValue(), "adjustment"));
      copy.put(value, e.getValue());
    }
    values = Collections.unmodifiableMap(copy);
  }

  private static void check(String name, double adjustment) {
    if (!(adjustment >= -1 && adjustment <= 1)) {
      throw new InvalidValueException(name, adjustment, "must be from -1 to 1");
    }
  }

  private static String excerpt(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }

  /**
   * Returns the adjustment of an exact agreement on a value.
   *
   * @param value the value in its plain form
   * @return the listed adjustment, or {@link #otherValues()}
   */
  public double of(String value) {
    Double listed = values.get(value);
    return listed == null ? otherValues : listed;
  }

  /**
   * Returns the largest adjustment, or 0 when every adjustment takes away: the most an exact
   * agreement can add over the field's weight.
   *
   * @return the largest gain, at least 0
   */
  public double largestGain() {
    double max = Math.max(0, otherValues);
    for (double v : values.values()) {
      max = Math.max(max, v);
    }
    return max;
  }

  @Override
  public String toString() {
    return field.label() + " adjusted by frequency: " + values.size() + " values listed, any other "
        + otherValues;
  }
}
