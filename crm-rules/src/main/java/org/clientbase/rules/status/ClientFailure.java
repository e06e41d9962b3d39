package org.clientbase.rules.status;

import java.util.Objects;
import org.clientbase.core.id.ClientId;

/**
 * A client the batch could not recalculate, with the error; the batch went on with the others.
 *
 * <p>Immutable and thread-safe (the exception it holds is shared as it was thrown).
 *
 * @param client the client
 * @param error what went wrong, e.g. an {@link InvalidActivityException} or an
 *     {@link UnknownStatusException}
 */
public record ClientFailure(ClientId client, RuntimeException error) {
  /**
   * Checks the parts.
   *
   * @param client the client
   * @param error what went wrong
   */
  public ClientFailure {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(error, "error");
  }
}
