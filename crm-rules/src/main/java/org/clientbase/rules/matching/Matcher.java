package org.clientbase.rules.matching;

import java.util.Objects;
import org.clientbase.rules.matching.internal.Profile;
import org.clientbase.rules.matching.internal.Scorer;

/**
 * Compares two cards by a set of {@link MatchRules}: the pure core of duplicate control, with no
 * storage and no clock. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Matcher matcher = Matcher.of(MatchRules.defaults(CardType.CONTACT_PERSON));
 * Match match = matcher.compare(MatchCard.of(anna), MatchCard.of(annaAgain));
 * match.score();      // 1.0
 * match.level();      // Optional[CERTAIN]
 * match.explain();    // one line per field: values, method, similarity, contribution
 * }</pre>
 */
public final class Matcher {
  private final Scorer scorer;

  private Matcher(MatchRules rules) {
    this.scorer = new Scorer(rules);
  }

  /**
   * Returns a matcher.
   *
   * @param rules the rules
   * @return the matcher
   */
  public static Matcher of(MatchRules rules) {
    return new Matcher(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the rules.
   *
   * @return the rules
   */
  public MatchRules rules() {
    return scorer.rules();
  }

  /**
   * Normalises a card once, to compare it many times.
   *
   * @param card the card
   * @return the compiled card
   */
  public CompiledCard compile(MatchCard card) {
    return new CompiledCard(Profile.of(Objects.requireNonNull(card, "card")));
  }

  /**
   * Compares two compiled cards, evaluating every field of the rules; decides as {@link
   * #compare(MatchCard, MatchCard)} does.
   *
   * @param a the first card
   * @param b the second card
   * @return the match, a duplicate or not, with the evidence of every field
   */
  public Match compare(CompiledCard a, CompiledCard b) {
    return scorer.score(a.profile(), b.profile());
  }

  /**
   * Tells whether two compiled cards are duplicates, stopping as soon as the score can no longer
   * reach the threshold; decides as {@link #compare(CompiledCard, CompiledCard)} does.
   *
   * @param a the first card
   * @param b the second card
   * @return the match if the cards are duplicates, otherwise {@code null}
   */
  Match matchIfDuplicate(CompiledCard a, CompiledCard b) {
    return scorer.scoreIfDuplicate(a.profile(), b.profile());
  }

  /**
   * Tells whether two compiled cards are duplicates; decides as {@link #compare(CompiledCard,
   * CompiledCard)} does.
   *
   * @param a the first card
   * @param b the second card
   * @return {@code true} for duplicates
   */
  public boolean isDuplicate(CompiledCard a, CompiledCard b) {
    return matchIfDuplicate(a, b) != null;
  }

  /**
   * Compares two cards, evaluating every field of the rules.
   *
   * @param a the first card
   * @param b the second card
   * @return the match, a duplicate or not, with the evidence of every field
   */
  public Match compare(MatchCard a, MatchCard b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return scorer.score(Profile.of(a), Profile.of(b));
  }

  /**
   * Tells whether two cards are duplicates: their score reaches the rules' threshold.
   *
   * @param a the first card
   * @param b the second card
   * @return {@code true} for duplicates
   */
  public boolean isDuplicate(MatchCard a, MatchCard b) {
    return scorer.scoreIfDuplicate(Profile.of(a), Profile.of(b)) != null;
  }
}
