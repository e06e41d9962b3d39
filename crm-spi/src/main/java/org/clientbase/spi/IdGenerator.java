package org.clientbase.spi;

import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.CounterpartyId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.TaskId;

/**
 * Gives new ids for the records the library creates (a client and contact person from a lead,
 * an interest opened on conversion, a task).
 *
 * <p>The host implements {@link #next(String)}; ids must never repeat for the same entity type,
 * also across restarts. Ids need not be ordered or dense.
 */
@FunctionalInterface
public interface IdGenerator {

  /**
   * Returns a new id text for an entity type.
   *
   * @param entityType the simple name of the id class, e.g. {@code "ClientId"}
   * @return an id text never returned before for this type, valid as
   *     {@link org.clientbase.core.id.EntityId} text: not blank, no surrounding white space, at
   *     most {@value org.clientbase.core.id.EntityId#MAX_LENGTH} characters
   */
  String next(String entityType);

  /**
   * Returns a new client id.
   *
   * @return the id
   */
  default ClientId newClientId() {
    return ClientId.of(next("ClientId"));
  }

  /**
   * Returns a new contact person id.
   *
   * @return the id
   */
  default ContactPersonId newContactPersonId() {
    return ContactPersonId.of(next("ContactPersonId"));
  }

  /**
   * Returns a new counterparty id.
   *
   * @return the id
   */
  default CounterpartyId newCounterpartyId() {
    return CounterpartyId.of(next("CounterpartyId"));
  }

  /**
   * Returns a new interest id.
   *
   * @return the id
   */
  default InterestId newInterestId() {
    return InterestId.of(next("InterestId"));
  }

  /**
   * Returns a new task id.
   *
   * @return the id
   */
  default TaskId newTaskId() {
    return TaskId.of(next("TaskId"));
  }
}
