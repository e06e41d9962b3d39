package org.clientbase.core.card;

/**
 * A free label on a card, used for segmentation and filtering (e.g. "VIP", "exhibition-2026"). Tags compare ignoring case.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tag extends CardLabel implements Comparable<Tag> {
  private Tag(String name) {
    super("Tag", name);
  }

  /**
   * Returns the tag with the given name, trimmed and single-spaced.
   *
   * @param name the name, not blank, at most 100 characters
   * @return the tag
   * @throws org.clientbase.core.InvalidValueException if the name is blank or too long
   */
  public static Tag of(String name) {
    return new Tag(name);
  }

  /**
   * Orders by name, ignoring case.
   *
   * @param other the other tag
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Tag other) {
    return compareNames(other);
  }
}
