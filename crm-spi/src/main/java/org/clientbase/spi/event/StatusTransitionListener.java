package org.clientbase.spi.event;

import org.clientbase.core.status.StatusAssignment;

/**
 * Notified of every status change the library records, e.g. to start a win-back scenario when
 * a client becomes Lost.
 *
 * <p>Called after the change is stored, possibly from several threads at once during batch
 * recalculation. An exception thrown here is caught and reported by the library; it neither
 * undoes the change nor stops the batch.
 */
@FunctionalInterface
public interface StatusTransitionListener {

  /**
   * Receives a recorded status change.
   *
   * @param transition the change: client, previous and new status, date, reason
   */
  void onTransition(StatusAssignment transition);
}
