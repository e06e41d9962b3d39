package org.clientbase.spi.event;

import java.time.Instant;

/**
 * Something that happened in the client base, such as a lead converted or two clients merged.
 * The library's procedures define the concrete events.
 */
public interface DomainEvent {

  /**
   * Returns when it happened, by the host's clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * Returns a one-line description for logs.
   *
   * @return the description
   */
  String describe();
}
