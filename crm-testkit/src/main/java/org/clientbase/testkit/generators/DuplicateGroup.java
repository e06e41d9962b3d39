package org.clientbase.testkit.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A card and its duplicates: cards made for the same person or company by someone who typed
 * the name another way (a typo, Latin letters, the parts swapped, initials), wrote the phone
 * another way, left fields out or added new ones.
 *
 * @param original the card as first entered
 * @param duplicates the duplicates, at least one, each with its own id
 * @param <T> the card type
 */
public record DuplicateGroup<T>(T original, List<T> duplicates) {
  /**
   * Checks and copies the parts.
   *
   * @param original the original card
   * @param duplicates the duplicates
   */
  public DuplicateGroup {
    Objects.requireNonNull(original, "original");
    duplicates = List.copyOf(duplicates);
    if (duplicates.isEmpty()) {
      throw new IllegalArgumentException("a duplicate group needs at least one duplicate");
    }
  }

  /**
   * Returns every card of the group, the original first.
   *
   * @return the cards
   */
  public List<T> cards() {
    List<T> cards = new ArrayList<>(duplicates.size() + 1);
    cards.add(original);
    cards.addAll(duplicates);
    return cards;
  }
}
