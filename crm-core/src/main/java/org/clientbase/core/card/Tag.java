package org.clientbase.core.card;

import java.util.Locale;
import org.clientbase.core.Checks;

/**
 * A free label on a card, used for segmentation and filtering (e.g. "VIP", "exhibition-2026"). Tags compare ignoring case.
 */
public final class Tag implements Comparable<Tag> {
  private final String name;
  private final String key;

  private Tag(String name) {
    this.name = name;
    this.key = name.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the tag with the given name, trimmed and single-spaced.
   *
   * @param name the name, not blank, at most 100 characters
   * @return the tag
   * @throws org.clientbase.core.InvalidValueException if the name is blank or too long
   */
  public static Tag of(String name) {
    String text = Checks.requireText("Tag", name);
    Checks.check(text.length() <= 100, "Tag", name, "must be at most 100 characters");
    return new Tag(text);
  }

  /**
   * Returns the name as given (trimmed and single-spaced).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Orders by name, ignoring case.
   *
   * @param other the other tag
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(Tag other) {
    return key.compareTo(other.key);
  }

  /**
   * Two tags are equal when their names are equal ignoring case.
   *
   * @param other the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Tag && (((Tag) other).key).equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
