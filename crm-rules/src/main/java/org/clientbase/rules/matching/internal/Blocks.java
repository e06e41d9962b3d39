package org.clientbase.rules.matching.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clientbase.core.field.CardType;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.MatchKeyIndex;

/**
 * Looks blocking keys up in the host's index and drops the keys shared by more cards than the
 * largest block, counting them.
 */
public final class Blocks {
  private final MatchKeyIndex index;
  private final int maxBlockSize;

  /**
   * Creates the look-up.
   *
   * @param index the index of blocking keys
   * @param maxBlockSize the largest block used
   */
  public Blocks(MatchKeyIndex index, int maxBlockSize) {
    this.index = index;
    this.maxBlockSize = maxBlockSize;
  }

  /**
   * Looks keys up.
   *
   * @param type the type of the cards wanted
   * @param keys the keys
   * @param skipped counts, in its first element, the keys dropped as too common
   * @return the cards of each usable key
   */
  public Map<String, List<EntityId>> usable(CardType type, Collection<String> keys, long[] skipped) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<String, List<EntityId>> found = index.find(type, keys, maxBlockSize + 1);
    Map<String, List<EntityId>> usable = new HashMap<>(found.size() * 2);
    for (Map.Entry<String, List<EntityId>> block : found.entrySet()) {
      if (block.getValue().size() > maxBlockSize) {
        skipped[0]++;
      } else {
        usable.put(block.getKey(), block.getValue());
      }
    }
    return usable;
  }
}
