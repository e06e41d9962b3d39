package org.clientbase.core.id;

/**
 * Identifies a team of users, used by access policies.
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamId extends EntityId {

  private TeamId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }
}
