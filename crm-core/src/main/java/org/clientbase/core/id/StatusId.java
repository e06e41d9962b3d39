package org.clientbase.core.id;

/**
 * Identifies a work status in a status scheme.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatusId extends EntityId {

  private StatusId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static StatusId of(String value) {
    return new StatusId(value);
  }
}
