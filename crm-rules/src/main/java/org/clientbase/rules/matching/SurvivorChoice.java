package org.clientbase.rules.matching;

/** How a merge chooses the card that survives, when the request does not name it. */
public enum SurvivorChoice {
  /**
   * The card with the most filled fields (every phone, email, address, link, tag and custom
   * value counts); on a tie, the oldest.
   */
  MOST_COMPLETE,
  /**
   * The oldest card: for clients the earliest creation date; contact persons have no creation
   * date, so for them the first in id order. On a tie, the first in id order.
   */
  OLDEST
}
