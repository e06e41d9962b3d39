package org.clientbase.core.id;

import org.clientbase.core.TextPolicy;

/**
 * Base of the typed identifiers of the library.
 *
 * <p>An id wraps the host's own key as text (a database number, a UUID, a code), so that the
 * library never depends on how a host generates keys. Ids of different entity types are never
 * equal to each other. Ids order by their text, which is the order batch reads use.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class EntityId implements Comparable<EntityId> {
  /** The longest id text accepted: {@link TextPolicy#ID_MAX_LENGTH}. */
  public static final int MAX_LENGTH = TextPolicy.ID_MAX_LENGTH;

  private final String value;

  /**
   * Creates an id, checking its text.
   *
   * @param value the host's key as text, an id under the {@link TextPolicy text policy}: not
   *     blank, printable, no white space at all, at most {@value #MAX_LENGTH} characters
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  protected EntityId(String value) {
    this.value = TextPolicy.id(getClass().getSimpleName(), value);
  }

  /**
   * Returns the host's key as text.
   *
   * @return the id text
   */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other == this
        || other != null && other.getClass() == getClass() && ((EntityId) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Orders ids by type name, then by text.
   *
   * @param other the other id
   * @return a negative number, zero or a positive number
   */
  @Override
  public final int compareTo(EntityId other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  @Override
  public final String toString() {
    return value;
  }
}
