package org.clientbase.rules.matching;

/**
 * How well a set of {@link BlockingRule blocking rules} serves a set of rules on some cards: how
 * many pairs blocking gives to compare, and which share of the pairs the rules accept among all
 * pairs it gives (its pair completeness).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cards the cards
 * @param pairsCompared the candidate pairs blocking gives
 * @param acceptedPairs the pairs the rules accept among all pairs of cards
 * @param acceptedPairsFound the accepted pairs among the candidate pairs
 */
public record BlockingReport(long cards, long pairsCompared, long acceptedPairs, long acceptedPairsFound) {
  /**
   * Returns the share of accepted pairs that blocking finds.
   *
   * @return from 0 to 1; 1 when the rules accept no pair
   */
  public double pairCompleteness() {
    return acceptedPairs == 0 ? 1 : acceptedPairsFound / (double) acceptedPairs;
  }

  /**
   * Returns the share of all pairs that blocking leaves out.
   *
   * @return from 0 to 1
   */
  public double reductionRatio() {
    double all = cards * (cards - 1) / 2.0;
    return all == 0 ? 0 : 1 - pairsCompared / all;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%d cards: %d pairs compared (reduction %.4f), pair completeness %.4f (%d of %d accepted pairs)",
        cards, pairsCompared, reductionRatio(), pairCompleteness(), acceptedPairsFound, acceptedPairs);
  }
}
