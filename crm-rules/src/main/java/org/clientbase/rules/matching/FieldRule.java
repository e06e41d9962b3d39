package org.clientbase.rules.matching;

import java.util.Objects;
import org.clientbase.core.InvalidValueException;

/**
 * How one field counts towards the score of a match: the method that compares it, the
 * similarity at which it agrees, below which it disagrees, what agreement adds and disagreement
 * takes away, and what a blank field means.
 *
 * <p>For two cards the rule finds the similarity {@code s} of the field (the best pair of values
 * for a field with several). The field <em>agrees</em> when {@code s >= agreeAt} and adds {@code
 * weight * s} to the score; it <em>disagrees</em> when {@code s < disagreeBelow} and takes
 * {@code penalty} away; in between, in the middle band, it is <em>neutral</em> and adds {@code
 * middleWeight}: nothing unless set (learned weights give the middle band its own weight, which
 * may be negative). A blank field is treated by the {@link BlankPolicy}. The score of a match is
 * the sum over the fields, kept between 0 and 1. An exact agreement on a field with a {@link
 * TermAdjustment} of its {@link MatchRules} is adjusted by how common the value is.
 *
 * <pre>{@code
 * FieldRule.exact(MatchField.EMAIL, 0.8);                           // same email: +0.8
 * FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.92, 0.45)
 *     .disagreeingBelow(0.75).withPenalty(0.4);                      // a different name: -0.4
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field compared
 * @param method how it is compared
 * @param agreeAt the similarity from which the field agrees, above 0 and at most 1
 * @param disagreeBelow the similarity below which the field disagrees, from 0 to {@code agreeAt}
 * @param weight what an agreement with similarity 1 adds to the score, above 0 and at most 1
 * @param penalty what a disagreement takes from the score, from 0 to 1
 * @param blank what a blank field means
 * @param middleWeight what a similarity in the middle band (from {@code disagreeBelow} up to
 *     {@code agreeAt}) adds, from -1 to {@code weight}; negative takes away
 */
public record FieldRule(
    MatchField field, MatchMethod method, double agreeAt, double disagreeBelow, double weight,
    double penalty, BlankPolicy blank, double middleWeight) {

  /**
   * Checks the parts.
   *
   * @param field the field compared
   * @param method how it is compared
   * @param agreeAt the similarity from which the field agrees
   * @param disagreeBelow the similarity below which it disagrees
   * @param weight what an agreement adds
   * @param penalty what a disagreement takes away
   * @param blank what a blank field means
   * @param middleWeight what the middle band adds
   * @throws InvalidValueException naming the part that is out of range
   */
  public FieldRule {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(blank, "blank");
    String name = "FieldRule " + field.label();
    if (!(agreeAt > 0 && agreeAt <= 1)) {
      throw new InvalidValueException(name + " agreeAt", agreeAt, "must be above 0 and at most 1");
    }
    if (!(disagreeBelow >= 0 && disagreeBelow <= agreeAt)) {
      throw new InvalidValueException(name + " disagreeBelow", disagreeBelow, "must be from 0 to agreeAt " + agreeAt);
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new InvalidValueException(name + " weight", weight, "must be above 0 and at most 1");
    }
    if (!(penalty >= 0 && penalty <= 1)) {
      throw new InvalidValueException(name + " penalty", penalty, "must be from 0 to 1");
    }
    if (!(middleWeight >= -1 && middleWeight <= weight)) {
      throw new InvalidValueException(name + " middleWeight", middleWeight, "must be from -1 to the weight " + weight);
    }
    if (field == MatchField.BIRTHDAY && method == MatchMethod.TOKEN_SET) {
      throw new InvalidValueException(name + " method", method.label(),
          "a birthday is compared exact, normalised exact, or fuzzy by Jaro-Winkler or Damerau-Levenshtein");
    }
  }

  /**
   * Creates a rule whose middle band adds nothing.
   *
   * @param field the field compared
   * @param method how it is compared
   * @param agreeAt the similarity from which the field agrees
   * @param disagreeBelow the similarity below which it disagrees
   * @param weight what an agreement adds
   * @param penalty what a disagreement takes away
   * @param blank what a blank field means
   * @throws InvalidValueException naming the part that is out of range
   */
  public FieldRule(
      MatchField field, MatchMethod method, double agreeAt, double disagreeBelow, double weight, double penalty,
      BlankPolicy blank) {
    this(field, method, agreeAt, disagreeBelow, weight, penalty, blank, 0);
  }

  /**
   * Returns a rule that counts equal values (after normalisation) as agreement and anything
   * else as disagreement, without penalty; blank fields are ignored.
   *
   * @param field the field
   * @param weight what an agreement adds
   * @return the rule
   */
  public static FieldRule exact(MatchField field, double weight) {
    return new FieldRule(field, MatchMethod.NORMALISED_EXACT, 1, 1, weight, 0, BlankPolicy.IGNORE);
  }

  /**
   * Returns a rule with a fuzzy method that agrees from a similarity; anything below it is
   * neutral until {@link #disagreeingBelow(double)} says otherwise; blank fields are ignored.
   *
   * @param field the field
   * @param method the method
   * @param agreeAt the similarity from which the field agrees
   * @param weight what an agreement with similarity 1 adds
   * @return the rule
   */
  public static FieldRule fuzzy(MatchField field, MatchMethod method, double agreeAt, double weight) {
    return new FieldRule(field, method, agreeAt, 0, weight, 0, BlankPolicy.IGNORE);
  }

  /**
   * Returns this rule with a similarity below which the field disagrees.
   *
   * @param similarity the similarity, from 0 to {@code agreeAt}
   * @return the changed rule
   */
  public FieldRule disagreeingBelow(double similarity) {
    return new FieldRule(field, method, agreeAt, similarity, weight, penalty, blank, middleWeight);
  }

  /**
   * Returns this rule with a penalty for disagreement.
   *
   * @param value what a disagreement takes from the score
   * @return the changed rule
   */
  public FieldRule withPenalty(double value) {
    return new FieldRule(field, method, agreeAt, disagreeBelow, weight, value, blank, middleWeight);
  }

  /**
   * Returns this rule with another weight.
   *
   * @param value what an agreement adds, not below the middle band's weight
   * @return the changed rule
   */
  public FieldRule withWeight(double value) {
    return new FieldRule(field, method, agreeAt, disagreeBelow, value, penalty, blank, middleWeight);
  }

  /**
   * Returns this rule with what its middle band adds.
   *
   * @param value what a similarity from {@code disagreeBelow} up to {@code agreeAt} adds, from -1
   *     to the weight
   * @return the changed rule
   */
  public FieldRule withMiddleWeight(double value) {
    return new FieldRule(field, method, agreeAt, disagreeBelow, weight, penalty, blank, value);
  }

  /**
   * Returns this rule with another method.
   *
   * @param value the method
   * @return the changed rule
   */
  public FieldRule withMethod(MatchMethod value) {
    return new FieldRule(field, value, agreeAt, disagreeBelow, weight, penalty, blank, middleWeight);
  }

  /**
   * Returns this rule with another meaning of blank fields.
   *
   * @param value the blank policy
   * @return the changed rule
   */
  public FieldRule withBlank(BlankPolicy value) {
    return new FieldRule(field, method, agreeAt, disagreeBelow, weight, penalty, value, middleWeight);
  }

  @Override
  public String toString() {
    return field.label() + ": " + method.label() + ", agrees from " + agreeAt
        + (disagreeBelow > 0 ? ", disagrees below " + disagreeBelow : "")
        + ", +" + weight + (penalty > 0 ? " / -" + penalty : "")
        + (middleWeight != 0 ? ", middle band " + (middleWeight > 0 ? "+" : "") + middleWeight : "") + ", blank " + blank;
  }
}
