package org.clientbase.testkit.generators;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;

/**
 * A client with the contact persons its card links to and the counterparties it acts through,
 * consistent with each other: every link of {@link Client#contacts()} names one of
 * {@link #contactPersons()} and every counterparty belongs to the client and has tax ids that
 * fit the client's kind (none for an individual).
 *
 * @param client the client card
 * @param contactPersons the contact persons linked to the client, in the order of its links
 * @param counterparties the client's counterparties
 */
public record ClientPortrait(
    Client client, List<ContactPerson> contactPersons, List<Counterparty> counterparties) {

  /**
   * Checks and copies the parts.
   *
   * @param client the client card
   * @param contactPersons the linked contact persons
   * @param counterparties the counterparties
   */
  public ClientPortrait {
    Objects.requireNonNull(client, "client");
    contactPersons = List.copyOf(contactPersons);
    counterparties = List.copyOf(counterparties);
  }
}
