package org.clientbase.rules.quality;

import org.clientbase.core.InvalidValueException;

/**
 * The quality of a group of clients (those in one status, or of one manager): the share of all
 * their required fields that are filled, so a client with many required fields weighs more.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clients how many clients
 * @param completeClients how many of them have every required field filled
 * @param requiredFields how many fields their statuses require, summed over the clients
 * @param filledFields how many of those are filled
 */
public record QualityGroup(long clients, long completeClients, long requiredFields, long filledFields) {
  /** A group without clients. */
  public static final QualityGroup EMPTY = new QualityGroup(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param clients how many clients
   * @param completeClients how many are complete
   * @param requiredFields how many fields are required
   * @param filledFields how many are filled
   * @throws InvalidValueException if a count is negative or a part exceeds its whole
   */
  public QualityGroup {
    if (clients < 0 || completeClients < 0 || completeClients > clients || filledFields < 0
        || requiredFields < filledFields) {
      throw new InvalidValueException("QualityGroup",
          clients + "/" + completeClients + "/" + requiredFields + "/" + filledFields,
          "needs 0 <= complete <= clients and 0 <= filled <= required");
    }
  }

  /**
   * Returns the share of required fields that are filled.
   *
   * @return from 0 to 1; 1 when nothing is required
   */
  public double share() {
    return requiredFields == 0 ? 1.0 : (double) filledFields / requiredFields;
  }

  /**
   * Returns this group with one more client.
   *
   * @param quality the client's quality
   * @return the larger group
   */
  public QualityGroup plus(ClientQuality quality) {
    return new QualityGroup(clients + 1, completeClients + (quality.complete() ? 1 : 0),
        requiredFields + quality.required().size(), filledFields + quality.filled());
  }
}
