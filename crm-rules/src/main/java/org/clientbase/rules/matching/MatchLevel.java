package org.clientbase.rules.matching;

/**
 * How sure a match is, by its score against the thresholds of the {@link MatchRules}: weakest
 * first, so levels compare with {@code compareTo}.
 */
public enum MatchLevel {
  /** At or above the rules' threshold: worth a look, e.g. a similar name and the same company. */
  PROBABLE,
  /** At or above the strong threshold: e.g. the same email or phone. */
  STRONG,
  /** At or above the certain threshold: e.g. the same tax id. */
  CERTAIN
}
