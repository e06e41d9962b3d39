package org.clientbase.spi.store;

import java.time.LocalDate;
import java.util.Objects;
import org.clientbase.core.id.ClientId;

/**
 * What status work needs of a client card: the client and the day its card was created, where
 * its status history starts. {@link ClientPages#starts} gives them page by page.
 *
 * @param client the client
 * @param createdOn the day the client's card was created
 */
public record ClientStart(ClientId client, LocalDate createdOn) {

  /**
   * Checks the parts.
   *
   * @param client the client
   * @param createdOn the day the card was created
   */
  public ClientStart {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(createdOn, "createdOn");
  }
}
