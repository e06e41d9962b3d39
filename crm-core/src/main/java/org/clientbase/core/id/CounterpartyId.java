package org.clientbase.core.id;

/**
 * Identifies a counterparty, the legal entity through which a client contracts.
 *
 * <p>Immutable and thread-safe.
 */
public final class CounterpartyId extends EntityId {

  private CounterpartyId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static CounterpartyId of(String value) {
    return new CounterpartyId(value);
  }
}
