package org.clientbase.core.id;

/**
 * Identifies an interaction: a call, meeting, email or other contact.
 *
 * <p>Immutable and thread-safe.
 */
public final class InteractionId extends EntityId {

  private InteractionId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static InteractionId of(String value) {
    return new InteractionId(value);
  }
}
