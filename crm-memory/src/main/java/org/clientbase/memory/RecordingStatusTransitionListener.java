package org.clientbase.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.event.StatusTransitionListener;

/**
 * A {@link StatusTransitionListener} that records every transition it receives, for
 * assertions. Safe to call from several threads at once, as batch recalculation does.
 *
 * <p>{@link #throwing()} gives one that records and then throws, to check that the library
 * guards its listeners.
 */
public final class RecordingStatusTransitionListener implements StatusTransitionListener {
  private final List<StatusAssignment> transitions = new ArrayList<>();
  private final boolean throwing;

  /** Creates a listener that records and returns normally. */
  public RecordingStatusTransitionListener() {
    this(false);
  }

  private RecordingStatusTransitionListener(boolean throwing) {
    this.throwing = throwing;
  }

  /**
   * Returns a listener that records each transition and then throws
   * {@link IllegalStateException}.
   *
   * @return the throwing listener
   */
  public static RecordingStatusTransitionListener throwing() {
    return new RecordingStatusTransitionListener(true);
  }

  /**
   * Records the transition.
   *
   * @param transition the transition
   * @throws IllegalStateException after recording, if this is a {@linkplain #throwing()
   *     throwing} listener
   */
  @Override
  public void onTransition(StatusAssignment transition) {
    Objects.requireNonNull(transition, "transition");
    synchronized (transitions) {
      transitions.add(transition);
    }
    if (throwing) {
      throw new IllegalStateException("listener failing on purpose for " + transition.client());
    }
  }

  /**
   * Returns the transitions received so far.
   *
   * @return a copy, in the order received
   */
  public List<StatusAssignment> transitions() {
    synchronized (transitions) {
      return List.copyOf(transitions);
    }
  }

  /**
   * Returns the transitions received for one client.
   *
   * @param client the client
   * @return a copy, in the order received
   */
  public List<StatusAssignment> transitionsOf(ClientId client) {
    return transitions().stream().filter(t -> t.client().equals(client)).toList();
  }

  /** Forgets every transition received so far. */
  public void clear() {
    synchronized (transitions) {
      transitions.clear();
    }
  }
}
