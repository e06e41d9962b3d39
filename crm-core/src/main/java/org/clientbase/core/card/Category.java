package org.clientbase.core.card;

import java.util.Locale;
import java.util.Objects;
import org.clientbase.core.TextPolicy;

/**
 * A value of a classification dimension of the client base, such as region "Moscow" or industry
 * "Retail". Unlike a {@link Tag}, a category belongs to a named dimension, so a host can filter
 * and count by dimension. Names compare ignoring case.
 *
 * <p>Immutable and thread-safe.
 */
public final class Category {
  private final String dimension;
  private final String value;

  private Category(String dimension, String value) {
    this.dimension = dimension;
    this.value = value;
  }

  /**
   * Returns the category.
   *
   * @param dimension the dimension, e.g. "Region", not blank
   * @param value the value in the dimension, e.g. "Moscow", not blank
   * @return the category
   * @throws org.clientbase.core.InvalidValueException if a part is blank
   */
  public static Category of(String dimension, String value) {
    return new Category(
        TextPolicy.label("Category.dimension", dimension), TextPolicy.label("Category.value", value));
  }

  /**
   * Returns the dimension.
   *
   * @return the dimension
   */
  public String dimension() {
    return dimension;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Category
        && ((Category) other).dimension.equalsIgnoreCase(dimension)
        && ((Category) other).value.equalsIgnoreCase(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return dimension + ": " + value;
  }
}
