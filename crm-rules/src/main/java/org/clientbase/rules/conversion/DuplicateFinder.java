package org.clientbase.rules.conversion;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;

/**
 * The duplicate gate of a conversion: finds existing clients that look like a lead.
 *
 * <p>{@link #exact(ClientStore, CounterpartyStore, ContactPersonStore)}, the default of
 * {@link LeadConverter}, matches on the same tax id, or an email or phone of the client or of
 * one of its contact persons; a fuzzier matcher plugs in through this same interface.
 * Implementations are called from the converting thread and must be safe to call from several
 * threads when conversions run in parallel; the ones given here are stateless.
 */
@FunctionalInterface
public interface DuplicateFinder {

  /**
   * Finds existing clients like a lead.
   *
   * @param lead the lead about to be converted
   * @return the matches, best first; empty if none
   */
  List<ClientMatch> findClientsLike(Lead lead);

  /**
   * Returns a gate that never finds anything.
   *
   * @return the gate
   */
  static DuplicateFinder none() {
    return lead -> List.of();
  }

  /**
   * Returns a gate matching on the same INN (through the clients' counterparties), the same
   * email or the same phone of a client. Clients with more matching reasons come first, then by
   * id. It does not look at contact persons: a lead with the phone of a client's contact person
   * passes; {@link #exact(ClientStore, CounterpartyStore, ContactPersonStore)} closes that gap.
   *
   * @param clients the client store
   * @param counterparties the counterparty store
   * @return the gate
   */
  static DuplicateFinder exact(ClientStore clients, CounterpartyStore counterparties) {
    return lead -> ExactMatches.of(lead, clients, counterparties, null);
  }

  /**
   * Returns a gate matching on the same INN (through the clients' counterparties), the same
   * email or phone of a client, or the same email or phone of a contact person linked to a
   * client (the client matches, with a reason naming the contact person). Clients with more
   * matching reasons come first, then by id. This is the default gate of {@link LeadConverter}.
   *
   * @param clients the client store
   * @param counterparties the counterparty store
   * @param contactPersons the contact person store
   * @return the gate
   */
  static DuplicateFinder exact(
      ClientStore clients, CounterpartyStore counterparties, ContactPersonStore contactPersons) {
    Objects.requireNonNull(contactPersons, "contactPersons");
    return lead -> ExactMatches.of(lead, clients, counterparties, contactPersons);
  }
}
