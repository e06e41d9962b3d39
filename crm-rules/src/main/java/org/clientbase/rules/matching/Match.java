package org.clientbase.rules.matching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.id.EntityId;

/**
 * The result of comparing two cards: a score from 0 to 1, the level it reaches, and the evidence
 * of every compared field, so that a person can see why two cards were, or were not, taken for
 * duplicates.
 *
 * <pre>{@code
 * Match match = matcher.compare(MatchCard.of(lead), MatchCard.of(client));
 * if (match.isDuplicate()) {
 *   System.out.println(match.explain());
 *   // l-1 ~ c-7: score 1.00, CERTAIN
 *   //   email: "a.petrova@romashka.ru" ~ "A.Petrova@romashka.ru" (normalised exact 1.00) agrees +0.80
 *   //   person name: "Петрова Анна" ~ "Petrova Anna" (Jaro-Winkler 1.00, in written order) agrees +0.45
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param left the first card
 * @param right the second card
 * @param score the score, from 0 to 1: the sum of the fields' contributions kept in that range
 * @param sum the sum of the fields' contributions, which may be below 0 or above 1
 * @param level the level the score reaches; empty below the rules' threshold
 * @param evidence what each compared field said, in the order of {@link MatchField}
 */
public record Match(
    EntityId left, EntityId right, double score, double sum, Optional<MatchLevel> level,
    List<FieldEvidence> evidence) {

  /**
   * Checks and copies the parts.
   *
   * @param left the first card
   * @param right the second card
   * @param score the score
   * @param sum the sum of the contributions
   * @param level the level
   * @param evidence the evidence
   */
  public Match {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(level, "level");
    evidence = List.copyOf(evidence);
    if (!(score >= 0 && score <= 1)) {
      throw new org.clientbase.core.InvalidValueException("Match score", score, "must be from 0 to 1");
    }
  }

  /**
   * Tells whether the cards are taken for duplicates: the score reached the rules' threshold.
   *
   * @return {@code true} if a level is present
   */
  public boolean isDuplicate() {
    return level.isPresent();
  }

  /**
   * Returns the fields that agreed or disagreed, each as one line, strongest first.
   *
   * @return the reasons, e.g. {@code email: "a@x.ru" ~ "A@x.ru" (normalised exact 1.00) agrees +0.80}
   */
  public List<String> reasons() {
    return evidence.stream()
        .filter(e -> e.outcome() == FieldEvidence.Outcome.AGREE || e.contribution() < 0)
        .sorted((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())))
        .map(FieldEvidence::describe)
        .toList();
  }

  /**
   * Returns the whole explanation, a waterfall a person can follow: the pair, the score and
   * level (and the fields' sum when it lies outside 0 to 1), then one line per compared field
   * with the values as written and as compared and the field's match weight.
   *
   * @return the explanation, several lines
   */
  public String explain() {
    StringBuilder text = new StringBuilder()
        .append(left).append(" ~ ").append(right).append(": score ").append(FieldEvidence.format(score))
        .append(", ").append(level.map(Enum::name).orElse("not a duplicate"));
    if (sum != score) {
      text.append(" (the fields add up to ").append(FieldEvidence.format(sum)).append(')');
    }
    for (FieldEvidence e : evidence) {
      text.append("\n  ").append(e.describe());
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return left + " ~ " + right + " " + FieldEvidence.format(score) + level.map(l -> " " + l).orElse("");
  }
}
