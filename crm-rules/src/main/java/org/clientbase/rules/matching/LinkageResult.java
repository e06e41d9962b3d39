package org.clientbase.rules.matching;

import java.util.List;

/**
 * What a {@link Linkage} found: the pairs taken for duplicates, best first, and how many pairs
 * blocking gave to compare.
 *
 * <p>Immutable and thread-safe.
 *
 * @param matches the duplicate pairs, best first
 * @param pairsCompared the candidate pairs compared
 */
public record LinkageResult(List<Match> matches, long pairsCompared) {
  /**
   * Copies the matches.
   *
   * @param matches the duplicate pairs
   * @param pairsCompared the candidate pairs compared
   */
  public LinkageResult {
    matches = List.copyOf(matches);
  }
}
