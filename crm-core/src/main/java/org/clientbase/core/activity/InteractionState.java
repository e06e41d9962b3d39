package org.clientbase.core.activity;

/**
 * The state of an interaction. A planned interaction is completed or cancelled; completed and
 * cancelled are final.
 */
public enum InteractionState {
  /** Planned for the future (or overdue). */
  PLANNED,
  /** Took place. */
  COMPLETED,
  /** Will not take place. */
  CANCELLED;

  /**
   * Tells whether an interaction in this state may move to another state. Staying in the same
   * state is always allowed.
   *
   * @param next the state to move to
   * @return {@code true} if the move is allowed
   */
  public boolean canMoveTo(InteractionState next) {
    return this == next || this == PLANNED;
  }
}
