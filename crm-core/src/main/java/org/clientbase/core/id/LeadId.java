package org.clientbase.core.id;

/**
 * Identifies a lead (a potential client).
 *
 * <p>Immutable and thread-safe.
 */
public final class LeadId extends EntityId {

  private LeadId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static LeadId of(String value) {
    return new LeadId(value);
  }
}
