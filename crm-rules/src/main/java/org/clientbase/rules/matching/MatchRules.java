package org.clientbase.rules.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.field.CardType;
import org.clientbase.rules.matching.internal.Units;

/**
 * The matching rules for one type of card, in the spirit of the matching rules of the large
 * CRMs: a {@link FieldRule} per field (method, thresholds, weight, penalty, blank policy) and the
 * score thresholds of the three {@link MatchLevel levels}. The rules of a type judge every card
 * compared with a card of that type: a lead checked against the clients is judged by the
 * clients' rules.
 *
 * <p>Immutable and validated when built: a problem (no field, a threshold out of order, weights
 * that cannot reach the threshold) fails the build with an {@link InvalidMatchRulesException}
 * listing every problem.
 *
 * <p>The defaults ({@link #defaults(CardType)}) are these: the same
 * tax id is certain; the same email or phone is strong; a similar name together with the same
 * company, address or birthday is probable; a clearly different name, tax id or birthday counts
 * against.
 *
 * <pre>{@code
 * MatchRules rules = MatchRules.from(MatchRules.defaults(CardType.CONTACT_PERSON))
 *     .rule(FieldRule.fuzzy(MatchField.EMAIL, MatchMethod.DAMERAU_LEVENSHTEIN, 0.9, 0.7))
 *     .without(MatchField.ADDRESS)
 *     .threshold(0.65)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchRules {
  private final CardType cardType;
  private final Map<MatchField, FieldRule> rules;
  private final Map<MatchField, TermAdjustment> adjustments;
  private final double threshold;
  private final double strongAt;
  private final double certainAt;

  private MatchRules(Builder b) {
    this.cardType = b.cardType;
    this.rules = Collections.unmodifiableMap(new EnumMap<>(b.rules));
    this.adjustments = Collections.unmodifiableMap(new EnumMap<>(b.adjustments));
    this.threshold = b.threshold;
    this.strongAt = b.strongAt;
    this.certainAt = b.certainAt;
  }

  /**
   * Returns the default rules for a type of card.
   *
   * @param type {@link CardType#LEAD}, {@link CardType#CLIENT} or {@link CardType#CONTACT_PERSON}
   * @return the default rules
   * @throws InvalidValueException for another card type
   */
  public static MatchRules defaults(CardType type) {
    Objects.requireNonNull(type, "type");
    return switch (type) {
      case CLIENT -> custom(type)
          .rule(FieldRule.exact(MatchField.TAX_ID, 1.0).withPenalty(0.6))
          .rule(FieldRule.fuzzy(MatchField.ORGANISATION_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.45)
              .disagreeingBelow(0.7).withPenalty(0.2))
          .rule(personName(0.45, 0.2))
          .rule(FieldRule.exact(MatchField.EMAIL, 0.8))
          .rule(FieldRule.exact(MatchField.PHONE, 0.75))
          .rule(FieldRule.fuzzy(MatchField.ADDRESS, MatchMethod.TOKEN_SET, 0.7, 0.3))
          .build();
      case CONTACT_PERSON -> custom(type)
          .rule(personName(0.45, 0.4))
          .rule(FieldRule.exact(MatchField.EMAIL, 0.8))
          .rule(FieldRule.exact(MatchField.PHONE, 0.75))
          .rule(FieldRule.exact(MatchField.BIRTHDAY, 0.3).withPenalty(0.5))
          .rule(FieldRule.fuzzy(MatchField.ADDRESS, MatchMethod.TOKEN_SET, 0.7, 0.25))
          .build();
      case LEAD -> custom(type)
          .rule(FieldRule.exact(MatchField.TAX_ID, 1.0).withPenalty(0.6))
          .rule(personName(0.45, 0.4))
          .rule(FieldRule.fuzzy(MatchField.ORGANISATION_NAME, MatchMethod.JARO_WINKLER, 0.9, 0.25)
              .disagreeingBelow(0.7).withPenalty(0.1))
          .rule(FieldRule.exact(MatchField.EMAIL, 0.8))
          .rule(FieldRule.exact(MatchField.PHONE, 0.75))
          .build();
      default -> throw new InvalidValueException("MatchRules card type", type,
          "duplicates are matched among leads, clients and contact persons only");
    };
  }

  private static FieldRule personName(double weight, double penalty) {
    return FieldRule.fuzzy(MatchField.PERSON_NAME, MatchMethod.JARO_WINKLER, 0.92, weight)
        .disagreeingBelow(0.8).withPenalty(penalty);
  }

  /**
   * Starts rules for a type of card with no field rules, the threshold 0.6, strong at 0.75 and
   * certain at 0.95.
   *
   * @param type the card type
   * @return a builder
   */
  public static Builder custom(CardType type) {
    return new Builder(Objects.requireNonNull(type, "type"));
  }

  /**
   * Starts rules as a copy of others, to change some settings.
   *
   * @param base the rules to copy
   * @return a builder holding every setting of {@code base}
   */
  public static Builder from(MatchRules base) {
    Builder b = new Builder(base.cardType);
    b.rules.putAll(base.rules);
    b.adjustments.putAll(base.adjustments);
    b.threshold = base.threshold;
    b.strongAt = base.strongAt;
    b.certainAt = base.certainAt;
    return b;
  }

  /**
   * Returns the type of card these rules judge.
   *
   * @return the card type
   */
  public CardType cardType() {
    return cardType;
  }

  /**
   * Returns the field rules, in the order of {@link MatchField}.
   *
   * @return the rules
   */
  public List<FieldRule> fieldRules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns the rule of a field.
   *
   * @param field the field
   * @return its rule, or empty if the field is not compared
   */
  public Optional<FieldRule> rule(MatchField field) {
    return Optional.ofNullable(rules.get(field));
  }

  /**
   * Returns the term-frequency adjustments, in the order of {@link MatchField}.
   *
   * @return the adjustments; empty when no field is adjusted
   */
  public List<TermAdjustment> termAdjustments() {
    return List.copyOf(adjustments.values());
  }

  /**
   * Returns how an exact agreement on a field is adjusted by the frequency of the value.
   *
   * @param field the field
   * @return its adjustment, or empty if agreements on the field are not adjusted
   */
  public Optional<TermAdjustment> termAdjustment(MatchField field) {
    return Optional.ofNullable(adjustments.get(field));
  }

  /**
   * Returns the score from which two cards are reported as probable duplicates.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the score from which a match is {@link MatchLevel#STRONG}.
   *
   * @return the strong threshold
   */
  public double strongAt() {
    return strongAt;
  }

  /**
   * Returns the score from which a match is {@link MatchLevel#CERTAIN}.
   *
   * @return the certain threshold
   */
  public double certainAt() {
    return certainAt;
  }

  /**
   * Returns the level of a score. Scores and thresholds are compared in millionths, exactly, as
   * every comparison of cards compares them.
   *
   * @param score the score, from 0 to 1
   * @return the level, or empty below the threshold
   */
  public Optional<MatchLevel> levelOf(double score) {
    long units = Units.of(score);
    if (units >= Units.of(certainAt)) {
      return Optional.of(MatchLevel.CERTAIN);
    }
    if (units >= Units.of(strongAt)) {
      return Optional.of(MatchLevel.STRONG);
    }
    if (units >= Units.of(threshold)) {
      return Optional.of(MatchLevel.PROBABLE);
    }
    return Optional.empty();
  }

  /**
   * Returns the rules as a small JSON document, to save learned rules, review them and change
   * them by hand; {@link #fromJson(String)} reads it back.
   *
   * <pre>{@code
   * {
   *   "cardType": "CONTACT_PERSON", "threshold": 0.16, "strongAt": 0.24, "certainAt": 0.33,
   *   "fields": [
   *     {"field": "LAST_NAME", "method": "JARO_WINKLER", "agreeAt": 0.92, "disagreeBelow": 0.8,
   *      "weight": 0.12, "penalty": 0.05, "blank": "IGNORE", "middleWeight": 0.03}
   *   ],
   *   "termAdjustments": [
   *     {"field": "LAST_NAME", "otherValues": 0.02, "values": {"smith": -0.04, "jones": -0.03}}
   *   ]
   * }
   * }</pre>
   *
   * <p>A field without {@code "middleWeight"} adds nothing in its middle band; rules without
   * {@code "termAdjustments"} adjust no agreement by frequency.
   *
   * @return the JSON document
   */
  public String toJson() {
    return RulesJson.write(this);
  }

  /**
   * Reads rules written by {@link #toJson()}, checked as when built.
   *
   * @param json the JSON document
   * @return the rules
   * @throws InvalidValueException naming the place and the value of a problem in the document
   * @throws InvalidMatchRulesException listing every problem of the rules it describes
   */
  public static MatchRules fromJson(String json) {
    return RulesJson.read(Objects.requireNonNull(json, "json"));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("match rules for ").append(cardType)
        .append(": threshold ").append(threshold).append(", strong ").append(strongAt)
        .append(", certain ").append(certainAt);
    for (FieldRule rule : rules.values()) {
      text.append("\n  ").append(rule);
    }
    for (TermAdjustment adjustment : adjustments.values()) {
      text.append("\n  ").append(adjustment);
    }
    return text.toString();
  }

  /** Builds {@link MatchRules}; {@link #build()} checks every setting and lists every problem. */
  public static final class Builder {
    private final CardType cardType;
    private final Map<MatchField, FieldRule> rules = new EnumMap<>(MatchField.class);
    private final Map<MatchField, TermAdjustment> adjustments = new EnumMap<>(MatchField.class);
    private double threshold = 0.6;
    private double strongAt = 0.75;
    private double certainAt = 0.95;

    private Builder(CardType cardType) {
      this.cardType = cardType;
    }

    /**
     * Sets the rule of a field, replacing any rule of the same field.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(FieldRule rule) {
      rules.put(Objects.requireNonNull(rule, "rule").field(), rule);
      return this;
    }

    /**
     * Stops comparing a field, and drops its term-frequency adjustment.
     *
     * @param field the field
     * @return this builder
     */
    public Builder without(MatchField field) {
      rules.remove(Objects.requireNonNull(field, "field"));
      adjustments.remove(field);
      return this;
    }

    /**
     * Adjusts exact agreements on a field by the frequency of the value, replacing any
     * adjustment of the same field; the field needs a rule.
     *
     * @param adjustment the adjustment
     * @return this builder
     */
    public Builder termAdjustment(TermAdjustment adjustment) {
      adjustments.put(Objects.requireNonNull(adjustment, "adjustment").field(), adjustment);
      return this;
    }

    /**
     * Stops adjusting agreements on a field by the frequency of the value.
     *
     * @param field the field
     * @return this builder
     */
    public Builder withoutTermAdjustment(MatchField field) {
      adjustments.remove(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * Sets the score from which cards are reported as probable duplicates.
     *
     * @param value the threshold, above 0 and at most the strong threshold
     * @return this builder
     */
    public Builder threshold(double value) {
      this.threshold = value;
      return this;
    }

    /**
     * Sets the score from which a match is strong.
     *
     * @param value the strong threshold, from the threshold to the certain threshold
     * @return this builder
     */
    public Builder strongAt(double value) {
      this.strongAt = value;
      return this;
    }

    /**
     * Sets the score from which a match is certain.
     *
     * @param value the certain threshold, from the strong threshold to 1
     * @return this builder
     */
    public Builder certainAt(double value) {
      this.certainAt = value;
      return this;
    }

    /**
     * Builds the rules.
     *
     * @return the rules
     * @throws InvalidMatchRulesException listing every problem
     */
    public MatchRules build() {
      List<String> problems = new ArrayList<>();
      if (cardType != CardType.LEAD && cardType != CardType.CLIENT && cardType != CardType.CONTACT_PERSON) {
        problems.add("card type " + cardType + " is not matched; use LEAD, CLIENT or CONTACT_PERSON");
      }
      if (rules.isEmpty()) {
        problems.add("no field is compared; add at least one field rule");
      }
      if (!(threshold > 0 && threshold <= 1)) {
        problems.add("threshold " + threshold + " must be above 0 and at most 1");
      }
      if (!(strongAt >= threshold && strongAt <= certainAt)) {
        problems.add("strong threshold " + strongAt + " must be from the threshold " + threshold
            + " to the certain threshold " + certainAt);
      }
      if (!(certainAt <= 1)) {
        problems.add("certain threshold " + certainAt + " must be at most 1");
      }
      for (MatchField field : adjustments.keySet()) {
        if (!rules.containsKey(field)) {
          problems.add("the " + field.label() + " has a term-frequency adjustment but no rule; add a rule or drop"
              + " the adjustment");
        }
      }
      long reachable = 0;
      for (FieldRule r : rules.values()) {
        TermAdjustment adjustment = adjustments.get(r.field());
        reachable += Units.of(r.weight()) + (adjustment == null ? 0 : Units.of(adjustment.largestGain()));
      }
      if (!rules.isEmpty() && reachable < Units.of(threshold)) {
        problems.add("the weights add up to " + round(Units.toPoints(reachable)) + ", below the threshold " + threshold
            + ": no two cards could ever match");
      }
      if (!problems.isEmpty()) {
        throw new InvalidMatchRulesException(cardType.toString(), problems);
      }
      return new MatchRules(this);
    }

    private static String round(double value) {
      return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
  }
}
