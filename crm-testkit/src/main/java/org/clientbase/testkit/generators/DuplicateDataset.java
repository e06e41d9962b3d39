package org.clientbase.testkit.generators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clientbase.core.id.EntityId;

/**
 * A generated base of cards with the truth about its duplicates: which cards stand for the same
 * person. Measures a duplicate finder's precision and recall.
 *
 * @param cards the cards, in id order
 * @param entities for every card, the number of the person or company it stands for; cards
 *     with the same number are duplicates of each other
 * @param <T> the card type
 */
public record DuplicateDataset<T>(List<T> cards, Map<EntityId, Integer> entities) {
  /**
   * Checks and copies the parts.
   *
   * @param cards the cards
   * @param entities the truth
   */
  public DuplicateDataset {
    cards = List.copyOf(cards);
    entities = Map.copyOf(entities);
    if (cards.size() != entities.size()) {
      throw new IllegalArgumentException("the truth must name every card once");
    }
  }

  /**
   * Tells whether two cards stand for the same person or company.
   *
   * @param a a card's id
   * @param b another card's id
   * @return {@code true} for duplicates
   */
  public boolean sameEntity(EntityId a, EntityId b) {
    Integer x = entities.get(Objects.requireNonNull(a, "a"));
    Integer y = entities.get(Objects.requireNonNull(b, "b"));
    if (x == null || y == null) {
      throw new IllegalArgumentException("not a card of the data set: " + (x == null ? a : b));
    }
    return x.equals(y) && !a.equals(b);
  }

  /**
   * Returns how many pairs of cards are duplicates of each other: for every person with {@code
   * n} cards, {@code n (n - 1) / 2}.
   *
   * @return the number of true duplicate pairs
   */
  public long truePairs() {
    Map<Integer, Integer> sizes = new HashMap<>();
    entities.values().forEach(e -> sizes.merge(e, 1, Integer::sum));
    long pairs = 0;
    for (int n : sizes.values()) {
      pairs += (long) n * (n - 1) / 2;
    }
    return pairs;
  }

  /**
   * Returns how many people or companies the cards stand for.
   *
   * @return the number of distinct entities
   */
  public long entityCount() {
    return entities.values().stream().distinct().count();
  }
}
