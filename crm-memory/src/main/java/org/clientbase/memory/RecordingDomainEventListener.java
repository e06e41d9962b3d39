package org.clientbase.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.spi.event.DomainEventListener;

/**
 * A {@link DomainEventListener} that records every event it receives, for assertions.
 * Thread-safe.
 *
 * <p>{@link #throwing()} gives one that records and then throws, to check that the library
 * guards its listeners.
 */
public final class RecordingDomainEventListener implements DomainEventListener {
  private final List<DomainEvent> events = new ArrayList<>();
  private final boolean throwing;

  /** Creates a listener that records and returns normally. */
  public RecordingDomainEventListener() {
    this(false);
  }

  private RecordingDomainEventListener(boolean throwing) {
    this.throwing = throwing;
  }

  /**
   * Returns a listener that records each event and then throws {@link IllegalStateException}.
   *
   * @return the throwing listener
   */
  public static RecordingDomainEventListener throwing() {
    return new RecordingDomainEventListener(true);
  }

  /**
   * Records the event.
   *
   * @param event the event
   * @throws IllegalStateException after recording, if this is a {@linkplain #throwing()
   *     throwing} listener
   */
  @Override
  public void onEvent(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    synchronized (events) {
      events.add(event);
    }
    if (throwing) {
      throw new IllegalStateException("listener failing on purpose for " + event.describe());
    }
  }

  /**
   * Returns the events received so far.
   *
   * @return a copy, in the order received
   */
  public List<DomainEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /**
   * Returns the events of one type received so far.
   *
   * @param type the event type
   * @param <E> the event type
   * @return a copy, in the order received
   */
  public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Forgets every event received so far. */
  public void clear() {
    synchronized (events) {
      events.clear();
    }
  }
}
