package org.clientbase.rules.matching.internal;

import java.util.Objects;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.PaymentStore;
import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.spi.store.TaskStore;

/**
 * The stores a merge reads and writes: the two directories of cards and every store of records
 * that refer to a card.
 *
 * @param clients the clients
 * @param contactPersons the contact persons
 * @param counterparties the clients' counterparties
 * @param interests the interests
 * @param interactions the interactions
 * @param payments the payments
 * @param shipments the shipments
 * @param tasks the tasks
 */
public record MergeStores(
    ClientStore clients, ContactPersonStore contactPersons, CounterpartyStore counterparties,
    InterestStore interests, InteractionStore interactions, PaymentStore payments, ShipmentStore shipments,
    TaskStore tasks) {

  /**
   * Checks that every store is given.
   *
   * @param clients the clients
   * @param contactPersons the contact persons
   * @param counterparties the counterparties
   * @param interests the interests
   * @param interactions the interactions
   * @param payments the payments
   * @param shipments the shipments
   * @param tasks the tasks
   */
  public MergeStores {
    Objects.requireNonNull(clients, "clients");
    Objects.requireNonNull(contactPersons, "contactPersons");
    Objects.requireNonNull(counterparties, "counterparties");
    Objects.requireNonNull(interests, "interests");
    Objects.requireNonNull(interactions, "interactions");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(shipments, "shipments");
    Objects.requireNonNull(tasks, "tasks");
  }
}
