package org.clientbase.rules.conversion;

import java.time.Instant;
import java.util.Optional;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.spi.Versioned;

/**
 * What converting one lead does, decided before anything is written: the cards to create, the
 * existing cards to fill in, the interest to open, the first status, and the lead marked
 * converted. {@link ConversionPlanner} makes it without reading or writing a store;
 * {@link LeadConverter} applies it in one unit of work and rewrites the references to the lead.
 *
 * @param lead the stored lead
 * @param convertedLead the lead marked converted and linked to {@link #client} and
 *     {@link #contactPerson}
 * @param client the client the lead becomes
 * @param contactPerson the contact person the lead becomes, if any
 * @param newContactPerson the contact person to create, if any
 * @param newClient the client to create, if the lead is not converted into an existing one
 * @param newCounterparty the counterparty to create for a new client from the lead's INN
 * @param filledContactPerson the existing contact person before and after filling it in, when
 *     filling changes it
 * @param filledClient the existing client before and after filling it in, when filling changes
 *     it
 * @param interest the interest to open, if asked for
 * @param firstStatus the new client's first status, if the scheme gives one
 * @param at when the lead is converted
 */
record ConversionPlan(
    Versioned<Lead> lead,
    Lead convertedLead,
    ClientId client,
    Optional<ContactPersonId> contactPerson,
    Optional<ContactPerson> newContactPerson,
    Optional<Client> newClient,
    Optional<Counterparty> newCounterparty,
    Optional<Fill<ContactPerson>> filledContactPerson,
    Optional<Fill<Client>> filledClient,
    Optional<Interest> interest,
    Optional<StatusAssignment> firstStatus,
    Instant at) {

  /**
   * An existing card and what filling it in from the lead makes of it.
   *
   * @param before the stored card
   * @param after the card filled in
   * @param <T> the card type
   */
  record Fill<T>(Versioned<T> before, T after) {}

  /**
   * Returns what the conversion did, once applied.
   *
   * @param rewrittenReferences how many references to the lead were rewritten
   * @return the result
   */
  ConversionResult.Converted result(int rewrittenReferences) {
    return new ConversionResult.Converted(lead.value().id(), client, contactPerson, newClient.isPresent(),
        newContactPerson.isPresent(), interest.map(Interest::id), firstStatus.map(StatusAssignment::status),
        rewrittenReferences);
  }
}
