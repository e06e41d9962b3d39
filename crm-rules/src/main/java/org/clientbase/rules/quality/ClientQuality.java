package org.clientbase.rules.quality;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;

/**
 * How completely one client card holds the fields its work status requires.
 *
 * <p>Immutable and thread-safe.
 *
 * @param client the client
 * @param status the client's current work status, if it has one
 * @param responsible the client's responsible manager, if any
 * @param required the fields the card must have filled: the card's required fields and its
 *     status's
 * @param missing the required fields that are empty
 */
public record ClientQuality(
    ClientId client, Optional<StatusId> status, Optional<UserId> responsible, Set<String> required, Set<String> missing) {

  /**
   * Checks and copies the parts.
   *
   * @param client the client
   * @param status the status
   * @param responsible the responsible manager
   * @param required the required fields
   * @param missing the missing fields, a subset of the required ones
   * @throws InvalidValueException if a missing field is not required
   */
  public ClientQuality {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(responsible, "responsible");
    required = Set.copyOf(required);
    missing = Set.copyOf(missing);
    if (!required.containsAll(missing)) {
      throw new InvalidValueException("ClientQuality " + client + " missing", missing, "must be required fields " + required);
    }
  }

  /**
   * Returns how many required fields are filled.
   *
   * @return the count
   */
  public int filled() {
    return required.size() - missing.size();
  }

  /**
   * Returns the share of required fields that are filled.
   *
   * @return from 0 to 1; 1 when nothing is required
   */
  public double share() {
    return required.isEmpty() ? 1.0 : (double) filled() / required.size();
  }

  /**
   * Tells whether every required field is filled.
   *
   * @return {@code true} if nothing is missing
   */
  public boolean complete() {
    return missing.isEmpty();
  }
}
