package org.clientbase.core.id;

/**
 * Identifies a payment received from a client.
 *
 * <p>Immutable and thread-safe.
 */
public final class PaymentId extends EntityId {

  private PaymentId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }
}
