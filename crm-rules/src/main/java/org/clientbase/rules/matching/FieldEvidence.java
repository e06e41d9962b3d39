package org.clientbase.rules.matching;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one field said about a pair of cards: the values compared (the best pair, for a field
 * with several), the method, the similarity, and what it added to or took from the score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field the field
 * @param method the method of the field's rule
 * @param outcome whether the field agreed, disagreed, was neutral or blank
 * @param left the value of the first card, as written; empty if blank
 * @param right the value of the second card, as written; empty if blank
 * @param leftCompared the first card's value in the form actually compared (folded, normalised);
 *     empty if blank
 * @param rightCompared the second card's value in the form actually compared; empty if blank
 * @param similarity the similarity of the values, from 0 to 1; empty if a side is blank
 * @param contribution what the field added to the score (negative for a penalty)
 * @param detail how the values were aligned, e.g. {@code "last and first names swapped"}; may be
 *     empty
 */
public record FieldEvidence(
    MatchField field, MatchMethod method, Outcome outcome, Optional<String> left, Optional<String> right,
    Optional<String> leftCompared, Optional<String> rightCompared, OptionalDouble similarity, double contribution,
    String detail) {

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
   * @param leftCompared the first card's value as compared
   * @param rightCompared the second card's value as compared
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
    Objects.requireNonNull(leftCompared, "leftCompared");
    Objects.requireNonNull(rightCompared, "rightCompared");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns the evidence as one line of an explanation: the values as written, the forms
   * compared when they differ from them, the method and similarity, the outcome and the field's
   * match weight, e.g. {@code person name: "Иванов Сергей" ~ "Sergey Ivanov" [ivanov sergei ~
   * sergei ivanov] (Jaro-Winkler 1.00, last and first names swapped) agrees +0.45}. Every line
   * ends with the weight, {@code +0.00} when a field changes nothing.
   *
   * @return the line
   */
  public String describe() {
    StringBuilder line = new StringBuilder(field.label()).append(": ")
        .append(left.map(v -> "\"" + v + "\"").orElse("(blank)"))
        .append(" ~ ")
        .append(right.map(v -> "\"" + v + "\"").orElse("(blank)"));
    if (!leftCompared.equals(left) || !rightCompared.equals(right)) {
      if (leftCompared.isPresent() || rightCompared.isPresent()) {
        line.append(" [").append(leftCompared.orElse("(blank)")).append(" ~ ")
            .append(rightCompared.orElse("(blank)")).append(']');
      }
    }
    line.append(" (").append(method.label());
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
    line.append(' ').append(signed(contribution));
    return line.toString();
  }

  /**
   * Formats a score or similarity with two decimals, rounded down, so that a printed value is
   * never more than the value: a score just under a threshold never prints as the threshold.
   */
  static String format(double value) {
    long hundredths = Math.floorDiv(Math.round(value * 1_000_000L), 10_000L);
    String sign = hundredths < 0 ? "-" : "";
    long abs = Math.abs(hundredths);
    return String.format(Locale.ROOT, "%s%d.%02d", sign, abs / 100, abs % 100);
  }

  /** A contribution with its sign, rounded toward zero. */
  static String signed(double value) {
    long hundredths = Math.round(value * 1_000_000L) / 10_000L;
    String sign = value < 0 ? "-" : "+";
    long abs = Math.abs(hundredths);
    return String.format(Locale.ROOT, "%s%d.%02d", sign, abs / 100, abs % 100);
  }

  @Override
  public String toString() {
    return describe();
  }
}
