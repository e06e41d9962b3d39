package org.clientbase.rules.status.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that nobody else holds: what an activity gives out as its
 * facts, without copying them a second time.
 *
 * @param <T> the kind of fact
 */
public final class FactList<T> extends AbstractList<T> implements RandomAccess {
  private final T[] facts;

  private FactList(T[] facts) {
    this.facts = facts;
  }

  /**
   * Returns an unmodifiable list over an array; the caller must not change or give out the array.
   *
   * @param facts the facts, none null
   * @param <T> the kind of fact
   * @return the list
   */
  public static <T> List<T> of(T[] facts) {
    return facts.length == 0 ? List.of() : new FactList<>(facts);
  }

  @Override
  public T get(int i) {
    return facts[i];
  }

  @Override
  public int size() {
    return facts.length;
  }
}
