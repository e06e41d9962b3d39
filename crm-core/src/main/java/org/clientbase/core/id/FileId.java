package org.clientbase.core.id;

/**
 * Identifies a file stored by the host and attached to a card.
 *
 * <p>Immutable and thread-safe.
 */
public final class FileId extends EntityId {

  private FileId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static FileId of(String value) {
    return new FileId(value);
  }
}
