package org.clientbase.core.task;

/** How urgent a task is. */
public enum TaskPriority {
  /** Can wait. */
  LOW,
  /** The usual priority. */
  NORMAL,
  /** To be done first. */
  HIGH
}
