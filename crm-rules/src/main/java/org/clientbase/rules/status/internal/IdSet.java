package org.clientbase.rules.status.internal;

import org.clientbase.core.id.EntityId;

/**
 * The fact ids of one activity seen so far, to find one given twice: an open-addressing table
 * sized once for a known number of ids, so a check costs one small array and no boxing. Not
 * thread-safe; one per check.
 */
public final class IdSet {
  private final EntityId[] table;
  // each id's hash beside it: most probes end on a different hash without reading the id's text
  private final int[] hashes;
  private final int mask;

  /**
   * Makes a set for up to {@code size} ids.
   *
   * @param size how many ids will be added at most
   */
  public IdSet(int size) {
    // a power of two at least one and a half times the size: probes stay short
    int capacity = Integer.highestOneBit(Math.max(4, size + size / 2) * 2 - 1);
    table = new EntityId[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Adds an id.
   *
   * @param id the id
   * @return {@code false} if an equal id was already added
   */
  public boolean add(EntityId id) {
    int h = id.hashCode();
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      EntityId there = table[i];
      if (there == null) {
        table[i] = id;
        hashes[i] = h;
        return true;
      }
      if (hashes[i] == h && there.equals(id)) {
        return false;
      }
    }
  }
}
