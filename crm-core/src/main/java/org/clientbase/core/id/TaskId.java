package org.clientbase.core.id;

/**
 * Identifies a task given to a responsible person.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaskId extends EntityId {

  private TaskId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the host's key as text: an id under {@link org.clientbase.core.TextPolicy}
   * @return the id
   * @throws org.clientbase.core.InvalidValueException if the text is not a valid id
   */
  public static TaskId of(String value) {
    return new TaskId(value);
  }
}
