package org.clientbase.core.id;

/**
 * Identifies a user of the host application, such as a responsible manager.
 *
 * <p>Immutable and thread-safe.
 */
public final class UserId extends EntityId {

  private UserId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static UserId of(String value) {
    return new UserId(value);
  }
}
