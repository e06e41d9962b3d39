package org.clientbase.spi.event;

/**
 * Notified of domain events after the change they describe is stored.
 *
 * <p>An exception thrown here is caught and reported by the library; it does not undo the
 * change.
 */
@FunctionalInterface
public interface DomainEventListener {

  /**
   * Receives an event.
   *
   * @param event the event
   */
  void onEvent(DomainEvent event);
}
