package org.clientbase.core.task;

/** The state of a task. Done and cancelled are final. */
public enum TaskState {
  /** Given, not yet started. */
  OPEN,
  /** Being worked on. */
  IN_PROGRESS,
  /** Done. */
  DONE,
  /** Will not be done. */
  CANCELLED;

  /**
   * Tells whether the task still has to be done.
   *
   * @return {@code true} for open and in-progress tasks
   */
  public boolean isPending() {
    return this == OPEN || this == IN_PROGRESS;
  }

  /**
   * Tells whether a task in this state may move to another. Staying in the same state is
   * allowed; a pending task may move to any state; a finished task may not move.
   *
   * @param next the state to move to
   * @return {@code true} if allowed
   */
  public boolean canMoveTo(TaskState next) {
    return this == next || isPending();
  }
}
