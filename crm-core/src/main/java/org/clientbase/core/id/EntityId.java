package org.clientbase.core.id;

import org.clientbase.core.InvalidValueException;

/**
 * Base of the typed identifiers of the library.
 *
 * <p>An id wraps the host's own key as text (a database number, a UUID, a code), so that the
 * library never depends on how a host generates keys. Ids of different entity types are never
 * equal to each other. Ids order by their text, which is the order batch reads use.
 */
public abstract class EntityId implements Comparable<EntityId> {
  /** The longest id text accepted. */
  public static final int MAX_LENGTH = 128;

  private final String value;

  /**
   * Creates an id, checking its text.
   *
   * @param value the host's key as text: not blank, no surrounding white space, at most
   *     {@value #MAX_LENGTH} characters
   */
  protected EntityId(String value) {
    String field = getClass().getSimpleName();
    if (value == null) {
      throw new InvalidValueException(field, null, "must be given");
    }
    if (value.isBlank()) {
      throw new InvalidValueException(field, value, "must not be blank");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidValueException(field, value, "must not start or end with white space");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(field, value, "must be at most " + MAX_LENGTH + " characters");
    }
    this.value = value;
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
