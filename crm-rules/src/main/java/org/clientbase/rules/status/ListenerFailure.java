package org.clientbase.rules.status;

import java.util.Objects;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.event.StatusTransitionListener;

/**
 * A {@link StatusTransitionListener} threw when told of a recorded transition. The transition
 * stays recorded and the work went on.
 *
 * <p>Immutable and thread-safe (the exception it holds is shared as it was thrown).
 *
 * @param transition the transition the listener was told of
 * @param listener the listener that threw
 * @param error what it threw
 */
public record ListenerFailure(
    StatusAssignment transition, StatusTransitionListener listener, RuntimeException error) {
  /**
   * Checks the parts.
   *
   * @param transition the transition
   * @param listener the listener
   * @param error what it threw
   */
  public ListenerFailure {
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(error, "error");
  }
}
