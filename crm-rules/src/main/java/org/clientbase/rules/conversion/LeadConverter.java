package org.clientbase.rules.conversion;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
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
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.core.status.StatusAssignment;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;
import org.clientbase.core.status.WorkStatus;
import org.clientbase.rules.UnknownRecordException;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.event.DomainEvent;
import org.clientbase.spi.event.DomainEventListener;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.InterestStore;
import org.clientbase.spi.store.LeadStore;
import org.clientbase.spi.store.StatusHistoryStore;

/**
 * Converts leads into clients (SPEC section 4, seed 003).
 *
 * <ul>
 *   <li>A lead with a full name and a company becomes a {@link ClientKind#LEGAL_ENTITY} client
 *       named after the company (a {@link ClientKind#SOLE_PROPRIETOR} when the lead's INN has
 *       12 digits), with a contact person of the lead's name linked to it; a lead with an INN
 *       also gives the client a counterparty.</li>
 *   <li>A lead with only a full name becomes an {@link ClientKind#INDIVIDUAL} client for that
 *       person.</li>
 *   <li>Phones, emails, source, comment, tags and mapped custom fields carry over. The lead's
 *       phones and emails go to the contact person and to the client card.</li>
 *   <li>The lead is never deleted: it is marked converted (time from the clock) and linked to
 *       what was created. A lead already linked is not converted again.</li>
 *   <li>References to the lead are rewritten: in the interest and interaction stores, and in
 *       the host's own documents through the {@link ReferenceRewriter}.</li>
 *   <li>A new client gets its first status from the scheme (the status for a new client),
 *       recorded in the status history.</li>
 * </ul>
 *
 * <p>Each conversion runs in one {@link UnitOfWork}, ending with the versioned update that
 * marks the lead converted. If two conversions of the same lead race, the second one's final
 * update is stale, its unit of work is rolled back, and it reports
 * {@link ConversionResult.AlreadyLinked}. A host store failure rolls the whole conversion back
 * and reaches the caller unchanged. This needs a transactional unit of work: with
 * {@link UnitOfWork#direct()} a failure midway can leave a client without its lead link.
 *
 * <pre>{@code
 * LeadConverter converter = LeadConverter.builder()
 *     .clientbase(base).clock(clock).scheme(StatusScheme.defaults())
 *     .build();
 * ConversionResult result = converter.convert(LeadId.of("l-17"), ConversionOptions.defaults());
 * }</pre>
 */
public final class LeadConverter {
  private static final System.Logger LOG = System.getLogger(LeadConverter.class.getName());

  private final LeadStore leads;
  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final CounterpartyStore counterparties;
  private final InterestStore interests;
  private final InteractionStore interactions;
  private final StatusHistoryStore statusHistory;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final ReferenceRewriter rewriter;
  private final Clock clock;
  private final StatusScheme scheme;
  private final FieldMapping mapping;
  private final DuplicateFinder duplicates;
  private final DuplicatePolicy duplicatePolicy;
  private final List<DomainEventListener> listeners;
  private final Optional<CardHistory> history;
  private final Optional<UserId> historyAuthor;

  private LeadConverter(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.leads = base.leadStore();
    this.clients = base.clientStore();
    this.contactPersons = base.contactPersonStore();
    this.counterparties = base.counterpartyStore();
    this.interests = base.interestStore();
    this.interactions = base.interactionStore();
    this.statusHistory = base.statusHistoryStore();
    this.unitOfWork = base.unitOfWork();
    this.ids = base.idGenerator();
    this.clock = b.parts.clock();
    this.scheme = b.scheme;
    this.rewriter = base.referenceRewriter();
    this.mapping = b.mapping == null ? FieldMapping.none() : b.mapping;
    this.duplicates = b.duplicates == null ? DuplicateFinder.exact(clients, counterparties) : b.duplicates;
    this.duplicatePolicy = b.duplicatePolicy == null ? DuplicatePolicy.CREATE_ANYWAY : b.duplicatePolicy;
    this.listeners = List.copyOf(b.listeners);
    this.history = Optional.ofNullable(b.history);
    this.historyAuthor = Optional.ofNullable(b.historyAuthor);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Converts a lead with the default options.
   *
   * @param lead the lead
   * @return what the conversion did
   * @throws UnknownRecordException if there is no such lead
   */
  public ConversionResult convert(LeadId lead) {
    return convert(lead, ConversionOptions.defaults());
  }

  /**
   * Converts a lead.
   *
   * @param lead the lead
   * @param options the options
   * @return what the conversion did
   * @throws UnknownRecordException if there is no such lead, or no such existing client or
   *     contact person to convert into
   * @throws ClientbaseException for other failures, including the host's; nothing is written
   */
  public ConversionResult convert(LeadId lead, ConversionOptions options) {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(options, "options");
    ConversionResult result;
    try {
      result = unitOfWork.execute(() -> convertInside(lead, options));
    } catch (StaleWriteException | DuplicateIdException e) {
      // Someone else wrote the lead (or one of the new records) first; if they converted or
      // linked it, that is the answer, otherwise the failure stands.
      Lead now = findLead(lead).value();
      if (now.isLinked()) {
        return new ConversionResult.AlreadyLinked(lead, now.linkedClient(), now.linkedContactPerson());
      }
      throw e;
    }
    if (result instanceof ConversionResult.Converted converted) {
      publish(listeners, new LeadConverted(clock.instant(), converted));
    }
    return result;
  }

  /**
   * Notifies each listener in turn; a throwing listener is logged and the others are still
   * notified.
   */
  static void publish(List<DomainEventListener> listeners, DomainEvent event) {
    for (DomainEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "listener failed on " + event.describe(), e);
      }
    }
  }

  /** The host's clock, which also dates the directory's events. */
  Clock clock() {
    return clock;
  }

  private Versioned<Lead> findLead(LeadId id) {
    return leads.find(id).orElseThrow(() -> new UnknownRecordException("lead", id));
  }

  private ConversionResult convertInside(LeadId leadId, ConversionOptions options) {
    Versioned<Lead> stored = findLead(leadId);
    Lead lead = stored.value();
    if (lead.isLinked()) {
      return new ConversionResult.AlreadyLinked(leadId, lead.linkedClient(), lead.linkedContactPerson());
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());

    Optional<ClientId> into = options.intoClient();
    if (into.isEmpty()) {
      DuplicatePolicy policy = options.duplicatePolicy().orElse(duplicatePolicy);
      if (policy != DuplicatePolicy.CREATE_ANYWAY) {
        List<ClientMatch> matches = duplicates.findClientsLike(lead);
        if (!matches.isEmpty()) {
          if (policy == DuplicatePolicy.STOP_AND_REPORT) {
            return new ConversionResult.DuplicatesFound(leadId, matches);
          }
          into = Optional.of(matches.get(0).client());
        }
      }
    }

    UserId author = options.author().or(() -> historyAuthor).orElse(null);
    Target target = into.isPresent()
        ? intoExisting(lead, into.get(), options, author)
        : createNew(lead, options, today, author);

    Optional<InterestId> interest = options.openInterest().map(request -> {
      Interest opened = Interest.builder()
          .id(ids.newInterestId())
          .client(target.client)
          .openedOn(today)
          .subject(request.subject())
          .stage(request.stage())
          .amount(request.amount())
          .responsible(options.responsible().or(lead::responsible))
          .build();
      interests.insert(opened);
      return opened.id();
    });

    Optional<StatusId> firstStatus = Optional.empty();
    if (target.clientCreated) {
      firstStatus = scheme.newClientStatus().map(WorkStatus::id);
      firstStatus.ifPresent(status -> statusHistory.append(
          target.client, 0,
          List.of(StatusAssignment.builder()
              .client(target.client)
              .status(status)
              .since(today)
              .reason(StatusReason.byRule(TemplateKey.NEW_CLIENT))
              .explanation("created from lead " + leadId)
              .build()),
          Optional.empty()));
    }

    int rewritten = rewriteReferences(leadId, target.client, target.contactPerson);

    leads.update(Lead.builder().from(lead)
        .linkedClient(target.client)
        .linkedContactPerson(target.contactPerson)
        .convertedAt(now)
        .build(), stored.version());

    return new ConversionResult.Converted(
        leadId, target.client, target.contactPerson, target.clientCreated, target.contactPersonCreated,
        interest, firstStatus, rewritten);
  }

  /** What the lead is converted into. */
  private record Target(
      ClientId client, boolean clientCreated, Optional<ContactPersonId> contactPerson, boolean contactPersonCreated) {}

  private Target createNew(Lead lead, ConversionOptions options, LocalDate today, UserId author) {
    Optional<ContactPersonId> contact = Optional.empty();
    ClientKind kind = ClientKind.INDIVIDUAL;
    String name = lead.name().format();
    if (lead.company().isPresent()) {
      ContactPerson person = newContactPerson(lead);
      Versioned<ContactPerson> stored = contactPersons.insert(person);
      history.ifPresent(h -> h.recordContactPersonCreated(author, stored));
      contact = Optional.of(person.id());
      kind = lead.inn().map(inn -> inn.isLegalEntity() ? ClientKind.LEGAL_ENTITY : ClientKind.SOLE_PROPRIETOR)
          .orElse(ClientKind.LEGAL_ENTITY);
      name = lead.company().get();
    }
    Client.Builder client = Client.builder()
        .id(ids.newClientId())
        .kind(kind)
        .name(name)
        .createdOn(today)
        .phones(lead.phones())
        .emails(lead.emails())
        .source(lead.source())
        .comment(lead.comment())
        .tags(lead.tags())
        .customFields(mapping.carry(lead.customFields(), MappingTarget.CLIENT))
        .responsible(options.responsible().or(lead::responsible));
    contact.ifPresent(p -> client.addContacts(ClientContact.of(p)));
    Client created = client.build();
    Versioned<Client> storedClient = clients.insert(created);
    history.ifPresent(h -> h.recordClientCreated(author, storedClient));
    if (lead.company().isPresent() && lead.inn().isPresent()) {
      counterparties.insert(Counterparty.builder()
          .id(ids.newCounterpartyId())
          .client(created.id())
          .legalName(lead.company().get())
          .inn(lead.inn().get())
          .build());
    }
    return new Target(created.id(), true, contact, contact.isPresent());
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

  private Target intoExisting(Lead lead, ClientId clientId, ConversionOptions options, UserId author) {
    Versioned<Client> stored = clients.find(clientId)
        .orElseThrow(() -> new UnknownRecordException("client", clientId));
    Client existing = stored.value();

    Optional<ContactPersonId> contact = Optional.empty();
    boolean contactCreated = false;
    if (options.intoContactPerson().isPresent()) {
      ContactPersonId personId = options.intoContactPerson().get();
      Versioned<ContactPerson> person = contactPersons.find(personId)
          .orElseThrow(() -> new UnknownRecordException("contact person", personId));
      ContactPerson filled = fillEmpty(person.value(), lead);
      if (!filled.equals(person.value())) {
        Versioned<ContactPerson> after = contactPersons.update(filled, person.version());
        history.ifPresent(h -> h.recordContactPersonChanged(author, person, after));
      }
      contact = Optional.of(personId);
    } else if (lead.company().isPresent() || existing.kind() != ClientKind.INDIVIDUAL) {
      ContactPerson person = newContactPerson(lead);
      Versioned<ContactPerson> created = contactPersons.insert(person);
      history.ifPresent(h -> h.recordContactPersonCreated(author, created));
      contact = Optional.of(person.id());
      contactCreated = true;
    }

    Client.Builder client = Client.builder().from(existing);
    if (existing.phones().isEmpty()) {
      client.phones(lead.phones());
    }
    if (existing.emails().isEmpty()) {
      client.emails(lead.emails());
    }
    if (existing.source().isEmpty()) {
      client.source(lead.source());
    }
    if (existing.comment().isEmpty()) {
      client.comment(lead.comment());
    }
    if (existing.tags().isEmpty()) {
      client.tags(lead.tags());
    }
    if (existing.responsible().isEmpty()) {
      client.responsible(options.responsible().or(lead::responsible));
    }
    client.customFields(fillCustom(existing.customFields(),
        mapping.carry(lead.customFields(), MappingTarget.CLIENT)));
    contact.filter(p -> existing.contact(p).isEmpty()).ifPresent(p -> client.addContacts(ClientContact.of(p)));
    Client filled = client.build();
    if (!filled.equals(existing)) {
      Versioned<Client> after = clients.update(filled, stored.version());
      history.ifPresent(h -> h.recordClientChanged(author, stored, after));
    }
    return new Target(clientId, false, contact, contactCreated);
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
    b.customFields(fillCustom(person.customFields(),
        mapping.carry(lead.customFields(), MappingTarget.CONTACT_PERSON)));
    return b.build();
  }

  private static Map<String, FieldValue> fillCustom(Map<String, FieldValue> existing, Map<String, FieldValue> carried) {
    Map<String, FieldValue> out = new LinkedHashMap<>(existing);
    carried.forEach(out::putIfAbsent);
    return out;
  }

  private int rewriteReferences(LeadId lead, ClientId client, Optional<ContactPersonId> contact) {
    int count = 0;
    for (Interest interest : interests.findByLead(lead)) {
      Versioned<Interest> stored = interests.find(interest.id()).orElseThrow();
      interests.update(Interest.builder().from(stored.value())
          .client(client)
          .lead(Optional.empty())
          .build(), stored.version());
      count++;
    }
    for (Interaction interaction : interactions.findByLead(lead)) {
      Versioned<Interaction> stored = interactions.find(interaction.id()).orElseThrow();
      interactions.update(rewrite(stored.value(), lead, client, contact), stored.version());
      count++;
    }
    return count + rewriter.replaceLead(lead, client, contact);
  }

  private static Interaction rewrite(Interaction interaction, LeadId lead, ClientId client, Optional<ContactPersonId> contact) {
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

  /** Builds a {@link LeadConverter}; each collaborator may be given once. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("LeadConverter");
    private final BuilderChecks checks = parts.checks();
    private StatusScheme scheme;
    private FieldMapping mapping;
    private DuplicateFinder duplicates;
    private DuplicatePolicy duplicatePolicy;
    private final List<DomainEventListener> listeners = new ArrayList<>();
    private CardHistory history;
    private UserId historyAuthor;

    private Builder() {}

    /**
     * Sets the host's client base: its lead, client, contact person, counterparty, interest,
     * interaction and status history stores, its unit of work, its id generator and its
     * reference rewriter (required).
     *
     * @param base the client base
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clientbase(Clientbase base) {
      parts.clientbase(base);
      return this;
    }

    /**
     * Sets the clock that dates the conversion (required).
     *
     * @param value the clock
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Sets the status scheme that gives a new client its first status.
     *
     * @param value the scheme
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder scheme(StatusScheme value) {
      scheme = checks.once("scheme", scheme, value);
      return this;
    }

    /**
     * Sets which custom fields carry over; none by default.
     *
     * @param value the mapping
     * @return this builder
     */
    public Builder fieldMapping(FieldMapping value) {
      mapping = checks.once("fieldMapping", mapping, value);
      return this;
    }

    /**
     * Sets the duplicate gate; by default the exact gate over the client and counterparty
     * stores.
     *
     * @param finder the gate
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder duplicateFinder(DuplicateFinder finder) {
      duplicates = checks.once("duplicateFinder", duplicates, finder);
      return this;
    }

    /**
     * Sets what to do when the gate finds duplicates; {@link DuplicatePolicy#CREATE_ANYWAY} by
     * default.
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder duplicatePolicy(DuplicatePolicy policy) {
      duplicatePolicy = checks.once("duplicatePolicy", duplicatePolicy, policy);
      return this;
    }

    /**
     * Adds a listener notified with {@link LeadConverted} after each conversion is stored; a
     * throwing listener is logged and does not undo the conversion.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(DomainEventListener listener) {
      listeners.add(checks.once("listener", null, listener));
      return this;
    }

    /**
     * Records every card the conversion creates or fills in the change history, attributed to
     * the conversion's {@link ConversionOptions#author() author}, or else to the given user
     * (e.g. a system user for a switch-off).
     *
     * @param cardHistory the change history
     * @param defaultAuthor who changes are attributed to when the options name nobody
     * @return this builder
     */
    public Builder recordHistory(CardHistory cardHistory, UserId defaultAuthor) {
      history = checks.once("recordHistory", history, cardHistory);
      historyAuthor = checks.once("recordHistory.defaultAuthor", historyAuthor, defaultAuthor);
      return this;
    }

    /**
     * Builds the converter.
     *
     * @return the converter
     * @throws MissingValuesException naming every required setting not set
     */
    public LeadConverter build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK).part("scheme", scheme).check();
      return new LeadConverter(this);
    }
  }
}
