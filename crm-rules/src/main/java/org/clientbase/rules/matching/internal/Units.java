package org.clientbase.rules.matching.internal;

import org.clientbase.rules.matching.FieldRule;
import org.clientbase.rules.matching.MatchRules;

/**
 * The exact arithmetic of scores: weights, penalties, thresholds and sums are counted in
 * millionths of a score point as {@code long}s, so that adding the same contributions in any
 * order gives the same sum, and every path that decides on a pair (a full comparison, a pruned
 * one, a check, a scan) compares the same integers with the same threshold.
 */
public final class Units {
  private Units() {}

  /** Units in one score point. */
  public static final long PER_POINT = 1_000_000L;

  /**
   * Returns a score, weight or threshold in units, rounded to the nearest unit.
   *
   * @param value the value in score points
   * @return the value in units
   */
  public static long of(double value) {
    return Math.round(value * PER_POINT);
  }

  /**
   * Returns a number of units in score points.
   *
   * @param units the units
   * @return the value in score points
   */
  public static double toPoints(long units) {
    return units / (double) PER_POINT;
  }

  /**
   * Returns what an agreement with a similarity adds: the weight times the similarity, rounded
   * to a unit; never more than the weight, so pruning on the weights stays safe.
   *
   * @param weight the weight in units
   * @param similarity the similarity, from 0 to 1
   * @return the contribution in units
   */
  public static long scaled(long weight, double similarity) {
    return similarity >= 1 ? weight : Math.min(weight, Math.round(weight * similarity));
  }

  /**
   * Returns the most a field can add under a set of rules: its weight plus the largest gain of
   * its term-frequency adjustment, each in units, as the scorer adds them.
   *
   * @param rules the rules
   * @param rule one of their field rules
   * @return the largest contribution in units
   */
  public static long largest(MatchRules rules, FieldRule rule) {
    return of(rule.weight()) + rules.termAdjustment(rule.field()).map(a -> of(a.largestGain())).orElse(0L);
  }
}
