package org.clientbase.rules.conversion;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;

/**
 * An existing client that looks like the lead being converted, with the reasons.
 *
 * <p>Immutable and thread-safe.
 *
 * @param client the existing client
 * @param reasons what matched, e.g. {@code "same INN 7707083893"}; at least one
 */
public record ClientMatch(ClientId client, List<String> reasons) {
  /**
   * Checks the parts.
   *
   * @param client the existing client
   * @param reasons what matched; at least one
   */
  public ClientMatch {
    Objects.requireNonNull(client, "client");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new InvalidValueException("ClientMatch " + client + " reasons", "[]", "needs at least one reason");
    }
  }
}
