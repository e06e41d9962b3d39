package org.clientbase.rules.matching;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one field said about a pair of cards: the values compared (the best pair, for a field
 * with several), the method, the similarity, and what it added to or took from the score.
 *
 * @param field the field
 * @param method the method of the field's rule
 * @param outcome whether the field agreed, disagreed, was neutral or blank
 * @param left the value of the first card, as written; empty if blank
 * @param right the value of the second card, as written; empty if blank
 * @param similarity the similarity of the values, from 0 to 1; empty if a side is blank
 * @param contribution what the field added to the score (negative for a penalty)
 * @param detail how the values were aligned, e.g. {@code "last and first names swapped"}; may be
 *     empty
 */
public record FieldEvidence(
    MatchField field, MatchMethod method, Outcome outcome, Optional<String> left, Optional<String> right,
    OptionalDouble similarity, double contribution, String detail) {

  /** What a field said. */
  public enum Outcome {
    /** The values are similar enough: the field adds to the score. */
    AGREE,
    /** The values are alike but not enough to count: the field changes nothing. */
    NEUTRAL,
    /** The values differ: the field takes its penalty from the score, if it has one. */
    DISAGREE,
    /** A side is blank and the blank policy gives it no meaning. */
    BLANK
  }

  /**
   * Checks the parts.
   *
   * @param field the field
   * @param method the method
   * @param outcome the outcome
   * @param left the first card's value
   * @param right the second card's value
   * @param similarity the similarity
   * @param contribution the contribution to the score
   * @param detail how the values were aligned
   */
  public FieldEvidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns the evidence as one line of an explanation, e.g. {@code phone: +7 916 123-45-67 ~ +7
   * 916 123-45-67 (normalised exact 1.00) agrees +0.75}.
   *
   * @return the line
   */
  public String describe() {
    StringBuilder line = new StringBuilder(field.label()).append(": ")
        .append(left.map(v -> "\"" + v + "\"").orElse("(blank)"))
        .append(" ~ ")
        .append(right.map(v -> "\"" + v + "\"").orElse("(blank)"))
        .append(" (").append(method.label());
    similarity.ifPresent(s -> line.append(' ').append(format(s)));
    if (!detail.isEmpty()) {
      line.append(", ").append(detail);
    }
    line.append(") ").append(switch (outcome) {
      case AGREE -> "agrees";
      case NEUTRAL -> "is neutral";
      case DISAGREE -> "disagrees";
      case BLANK -> "is blank";
    });
    if (contribution != 0) {
      line.append(' ').append(contribution > 0 ? "+" : "-").append(format(Math.abs(contribution)));
    }
    return line.toString();
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public String toString() {
    return describe();
  }
}
