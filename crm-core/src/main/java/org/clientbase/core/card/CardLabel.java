package org.clientbase.core.card;

import java.util.Locale;
import org.clientbase.core.TextPolicy;

/**
 * A short name on a card that compares ignoring case: the common part of {@link Tag} and
 * {@link Source}. Two labels are equal when they are of the same kind and their names are equal
 * ignoring case.
 */
abstract class CardLabel {
  private final String name;
  private final String key;

  CardLabel(String kind, String name) {
    String text = TextPolicy.label(kind, name);
    this.name = text;
    this.key = text.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the name as given (trimmed and single-spaced).
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /** Orders by name, ignoring case. */
  final int compareNames(CardLabel other) {
    return key.compareTo(other.key);
  }

  /**
   * Tells whether another object is a label of the same kind with the same name, ignoring case.
   *
   * @param other the other object
   * @return {@code true} if equal
   */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((CardLabel) other).key.equals(key);
  }

  @Override
  public final int hashCode() {
    return key.hashCode();
  }

  @Override
  public final String toString() {
    return name;
  }
}
