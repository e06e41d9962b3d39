package org.clientbase.rules.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.activity.Participant;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.client.Counterparty;
import org.clientbase.core.field.FieldValue;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.Versioned;

/**
 * Plans the conversion of one lead: a function of the lead, the options, the existing cards it
 * is converted into (already read and checked by the caller), the scheme, the field mapping and
 * the date. It reads and writes no store; new ids are drawn from the id generator in a fixed
 * order (contact person, client, counterparty, interest).
 */
final class ConversionPlanner {
  private final IdGenerator ids;
  private final StatusScheme scheme;
  private final FieldMapping mapping;

  ConversionPlanner(IdGenerator ids, StatusScheme scheme, FieldMapping mapping) {
    this.ids = Objects.requireNonNull(ids, "ids");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /**
   * Plans converting a lead into a new client (and contact person, for a lead with a company).
   *
   * @param lead the stored lead, not yet linked
   * @param options the options
   * @param at when
   * @param today the date of {@code at} in the host clock's zone
   * @return the plan
   */
  ConversionPlan intoNewClient(Versioned<Lead> lead, ConversionOptions options, Instant at, LocalDate today) {
    Lead l = lead.value();
    Optional<ContactPerson> person = Optional.empty();
    ClientKind kind = ClientKind.INDIVIDUAL;
    String name = l.name().format();
    if (l.company().isPresent()) {
      person = Optional.of(newContactPerson(l));
      kind = l.inn().map(inn -> inn.isLegalEntity() ? ClientKind.LEGAL_ENTITY : ClientKind.SOLE_PROPRIETOR)
          .orElse(ClientKind.LEGAL_ENTITY);
      name = l.company().get();
    }
    Client.Builder client = Client.builder()
        .id(ids.newClientId())
        .kind(kind)
        .name(name)
        .createdOn(today)
        .phones(l.phones())
        .emails(l.emails())
        .source(l.source())
        .comment(l.comment())
        .tags(l.tags())
        .customFields(mapping.carry(l.customFields(), MappingTarget.CLIENT))
        .responsible(options.responsible().or(l::responsible));
    person.ifPresent(p -> client.addContacts(ClientContact.of(p.id())));
    Client created = client.build();
    Optional<Counterparty> counterparty = Optional.empty();
    if (l.company().isPresent() && l.inn().isPresent()) {
      counterparty = Optional.of(Counterparty.builder()
          .id(ids.newCounterpartyId())
          .client(created.id())
          .legalName(l.company().get())
          .inn(l.inn().get())
          .build());
    }
    Optional<StatusAssignment> first = scheme.newClientStatus().map(WorkStatus::id).map(status ->
        StatusAssignment.builder()
            .client(created.id())
            .status(status)
            .since(today)
            .reason(StatusReason.byRule(TemplateKey.NEW_CLIENT))
            .explanation("created from lead " + l.id())
            .build());
    Optional<ContactPersonId> contact = person.map(ContactPerson::id);
    return new ConversionPlan(lead, converted(l, created.id(), contact, at), created.id(), contact, person,
        Optional.of(created), counterparty, Optional.empty(), Optional.empty(),
        interest(l, options, created.id(), today), first, at);
  }

  /**
   * Plans converting a lead into an existing client: the client's empty fields are filled from
   * the lead, and the lead becomes the given existing contact person (filled in the same way),
   * a new contact person, or, for an individual client and a lead without a company, none.
   *
   * @param lead the stored lead, not yet linked
   * @param options the options
   * @param existing the stored client
   * @param person the stored contact person the options name, if any
   * @param at when
   * @param today the date of {@code at} in the host clock's zone
   * @return the plan
   */
  ConversionPlan intoExistingClient(Versioned<Lead> lead, ConversionOptions options, Versioned<Client> existing,
      Optional<Versioned<ContactPerson>> person, Instant at, LocalDate today) {
    Lead l = lead.value();
    Client card = existing.value();
    Optional<ContactPersonId> contact = Optional.empty();
    Optional<ContactPerson> created = Optional.empty();
    Optional<ConversionPlan.Fill<ContactPerson>> filledPerson = Optional.empty();
    if (person.isPresent()) {
      ContactPerson filled = fillEmpty(person.get().value(), l);
      if (!filled.equals(person.get().value())) {
        filledPerson = Optional.of(new ConversionPlan.Fill<>(person.get(), filled));
      }
      contact = Optional.of(filled.id());
    } else if (l.company().isPresent() || card.kind() != ClientKind.INDIVIDUAL) {
      created = Optional.of(newContactPerson(l));
      contact = created.map(ContactPerson::id);
    }

    Client.Builder client = Client.builder().from(card);
    if (card.phones().isEmpty()) {
      client.phones(l.phones());
    }
    if (card.emails().isEmpty()) {
      client.emails(l.emails());
    }
    if (card.source().isEmpty()) {
      client.source(l.source());
    }
    if (card.comment().isEmpty()) {
      client.comment(l.comment());
    }
    if (card.tags().isEmpty()) {
      client.tags(l.tags());
    }
    if (card.responsible().isEmpty()) {
      client.responsible(options.responsible().or(l::responsible));
    }
    client.customFields(fillCustom(card.customFields(), mapping.carry(l.customFields(), MappingTarget.CLIENT)));
    contact.filter(p -> card.contact(p).isEmpty()).ifPresent(p -> client.addContacts(ClientContact.of(p)));
    Client filled = client.build();
    Optional<ConversionPlan.Fill<Client>> filledClient = filled.equals(card)
        ? Optional.empty() : Optional.of(new ConversionPlan.Fill<>(existing, filled));
    return new ConversionPlan(lead, converted(l, card.id(), contact, at), card.id(), contact, created,
        Optional.empty(), Optional.empty(), filledPerson, filledClient,
        interest(l, options, card.id(), today), Optional.empty(), at);
  }

  private static Lead converted(Lead lead, ClientId client, Optional<ContactPersonId> contact, Instant at) {
    return Lead.builder().from(lead).linkedClient(client).linkedContactPerson(contact).convertedAt(at).build();
  }

  private Optional<Interest> interest(Lead lead, ConversionOptions options, ClientId client, LocalDate today) {
    return options.openInterest().map(request -> Interest.builder()
        .id(ids.newInterestId())
        .client(client)
        .openedOn(today)
        .subject(request.subject())
        .stage(request.stage())
        .amount(request.amount())
        .responsible(options.responsible().or(lead::responsible))
        .build());
  }

  private ContactPerson newContactPerson(Lead lead) {
    return ContactPerson.builder()
        .id(ids.newContactPersonId())
        .name(lead.name())
        .phones(lead.phones())
        .emails(lead.emails())
        .source(lead.source())
        .customFields(mapping.carry(lead.customFields(), MappingTarget.CONTACT_PERSON))
        .build();
  }

  private ContactPerson fillEmpty(ContactPerson person, Lead lead) {
    ContactPerson.Builder b = ContactPerson.builder().from(person);
    if (person.phones().isEmpty()) {
      b.phones(lead.phones());
    }
    if (person.emails().isEmpty()) {
      b.emails(lead.emails());
    }
    if (person.source().isEmpty()) {
      b.source(lead.source());
    }
    b.customFields(fillCustom(person.customFields(), mapping.carry(lead.customFields(), MappingTarget.CONTACT_PERSON)));
    return b.build();
  }

  private static Map<String, FieldValue> fillCustom(Map<String, FieldValue> existing, Map<String, FieldValue> carried) {
    Map<String, FieldValue> out = new LinkedHashMap<>(existing);
    carried.forEach(out::putIfAbsent);
    return out;
  }

  /**
   * Rewrites an interaction's references to a converted lead: the lead becomes the contact
   * person if there is one, else the client.
   *
   * @param interaction the interaction naming the lead
   * @param lead the lead
   * @param client the client it became
   * @param contact the contact person it became, if any
   * @return the interaction without the lead
   */
  static Interaction rewrite(Interaction interaction, LeadId lead, ClientId client, Optional<ContactPersonId> contact) {
    List<Participant> participants = new ArrayList<>();
    for (Participant p : interaction.participants()) {
      if (p.lead().filter(lead::equals).isPresent()) {
        Participant.Builder b = Participant.builder().from(p).lead(Optional.empty());
        if (contact.isPresent()) {
          b.contactPerson(contact.get());
        } else {
          b.client(client);
        }
        participants.add(b.build());
      } else {
        participants.add(p);
      }
    }
    Interaction.Builder b = Interaction.builder().from(interaction)
        .lead(Optional.empty())
        .client(interaction.client().orElse(client))
        .participants(participants);
    contact.filter(p -> !interaction.contactPersons().contains(p)).ifPresent(b::addContactPersons);
    return b.build();
  }
}
