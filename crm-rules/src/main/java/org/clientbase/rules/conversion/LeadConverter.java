package org.clientbase.rules.conversion;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.ClientbaseException;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.Interest;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientKind;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.clientbase.core.lead.Lead;
import org.clientbase.rules.UnknownRecordException;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.spi.ConcurrentUpdateException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
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
 * Converts leads into clients.
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
 * <p>What a conversion does is planned first, without writing anything ({@link ConversionPlanner}),
 * and the plan is then applied in one {@link UnitOfWork}, ending with the versioned update that
 * marks the lead converted. If two conversions of the same lead race, the second one's final
 * update is stale, its unit of work is rolled back, and it reports
 * {@link ConversionResult.AlreadyLinked}. A host store failure rolls the whole conversion back
 * and reaches the caller unchanged. This needs a transactional unit of work: with
 * {@link UnitOfWork#direct()} a failure midway can leave a client without its lead link.
 *
 * <p>Access, through the host's {@link AccessPolicy} (leads themselves are not restricted):
 * <ul>
 *   <li>converting into an existing client requires the user to be allowed to edit it, and into
 *       an existing contact person to be allowed to edit a client it is linked to (or it is
 *       linked to none); otherwise {@link AccessDeniedException} and nothing is written. For a
 *       client or contact person the user may not even see, the refusal reads the same as for
 *       one that is not stored;</li>
 *   <li>the duplicate gate's report ({@link DuplicatePolicy#STOP_AND_REPORT}) lists only the
 *       matching clients the user may see; of the others it says only how many there are
 *       ({@link ConversionResult.DuplicatesFound#hidden()}), never which or why;</li>
 *   <li>{@link DuplicatePolicy#CONVERT_INTO_MATCH} converts into the best match only when the user
 *       may edit it; otherwise it stops and reports, as above.</li>
 * </ul>
 *
 * <pre>{@code
 * LeadConverter converter = LeadConverter.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock).scheme(StatusScheme.defaults())
 *     .build();
 * ConversionResult result = converter.convert(manager, LeadId.of("l-17"), ConversionOptions.defaults());
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class LeadConverter {
  /** How many times a conversion is tried when the store reports a deadlock or serialization failure. */
  static final int ATTEMPTS = 5;

  private static final System.Logger LOG = System.getLogger(LeadConverter.class.getName());

  private final LeadStore leads;
  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final CounterpartyStore counterparties;
  private final InterestStore interests;
  private final InteractionStore interactions;
  private final StatusHistoryStore statusHistory;
  private final UnitOfWork unitOfWork;
  private final ReferenceRewriter rewriter;
  private final Clock clock;
  private final ClientAccess access;
  private final ConversionPlanner planner;
  private final DuplicateFinder duplicates;
  private final DuplicatePolicy duplicatePolicy;
  private final List<DomainEventListener> listeners;
  private final Optional<CardHistory> history;

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
    this.rewriter = base.referenceRewriter();
    this.clock = b.parts.clock();
    this.access = ClientAccess.of(b.parts.accessPolicy(), clients);
    this.planner = new ConversionPlanner(base.idGenerator(), b.scheme,
        b.mapping == null ? FieldMapping.none() : b.mapping);
    this.duplicates = b.duplicates == null ? DuplicateFinder.exact(clients, counterparties, contactPersons) : b.duplicates;
    this.duplicatePolicy = b.duplicatePolicy == null ? DuplicatePolicy.CREATE_ANYWAY : b.duplicatePolicy;
    this.listeners = List.copyOf(b.listeners);
    this.history = Optional.ofNullable(b.history);
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
   * Converts a lead with the default options, on behalf of a user.
   *
   * @param user the user converting the lead; card history records the changes as theirs
   * @param lead the lead
   * @return what the conversion did
   * @throws UnknownRecordException if there is no such lead
   */
  public ConversionResult convert(UserId user, LeadId lead) {
    return convert(user, lead, ConversionOptions.defaults());
  }

  /**
   * Converts a lead, on behalf of a user.
   *
   * @param user the user converting the lead; card history records the changes as theirs
   * @param lead the lead
   * @param options the options
   * @return what the conversion did
   * @throws UnknownRecordException if there is no such lead
   * @throws AccessDeniedException if the user may not edit the existing client or contact person
   *     to convert into, or it is not stored (the same answer when the user may not see it);
   *     nothing is written
   * @throws ConcurrentUpdateException if the store still reports a deadlock or serialization
   *     failure after five attempts (each planned again from fresh reads); nothing is written
   * @throws ClientbaseException for other failures, including the host's; nothing is written
   */
  public ConversionResult convert(UserId user, LeadId lead, ConversionOptions options) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(options, "options");
    ConversionResult result;
    for (int attempt = 1; ; attempt++) {
      try {
        result = unitOfWork.execute(() -> convertInside(user, lead, options));
        break;
      } catch (ConcurrentUpdateException e) {
        // A deadlock or serialization failure: the unit of work wrote nothing; plan again from
        // fresh reads, a bounded number of times.
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      } catch (StaleWriteException | DuplicateIdException e) {
        // Someone else wrote the lead (or one of the new records) first; if they converted or
        // linked it, that is the answer, otherwise the failure stands.
        Lead now = findLead(lead).value();
        if (now.isLinked()) {
          return new ConversionResult.AlreadyLinked(lead, now.linkedClient(), now.linkedContactPerson());
        }
        throw e;
      }
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

  private ConversionResult convertInside(UserId user, LeadId leadId, ConversionOptions options) {
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
          Optional<ClientMatch> best = policy == DuplicatePolicy.CONVERT_INTO_MATCH
              ? editableBest(user, matches) : Optional.empty();
          if (best.isEmpty()) {
            return reportVisible(user, leadId, matches);
          }
          into = Optional.of(best.get().client());
        }
      }
    }

    ConversionPlan plan;
    if (into.isPresent()) {
      Versioned<Client> existing = editableClient(user, into.get());
      Optional<Versioned<ContactPerson>> person = options.intoContactPerson().isPresent()
          ? Optional.of(editablePerson(user, options.intoContactPerson().get())) : Optional.empty();
      plan = planner.intoExistingClient(stored, options, existing, person, now, today);
    } else {
      plan = planner.intoNewClient(stored, options, now, today);
    }
    return apply(user, plan);
  }

  /** The best match, when the user may edit it. */
  private Optional<ClientMatch> editableBest(UserId user, List<ClientMatch> matches) {
    ClientMatch best = matches.get(0);
    return clients.find(best.client())
        .filter(c -> access.can(user, c.value(), Permission.EDIT))
        .map(c -> best);
  }

  /** The gate's report, with the matches the user may not see left out and only counted. */
  private ConversionResult.DuplicatesFound reportVisible(UserId user, LeadId lead, List<ClientMatch> matches) {
    Map<ClientId, Client> visible = access.visible(user, matches.stream().map(ClientMatch::client).toList());
    List<ClientMatch> shown = matches.stream().filter(m -> visible.containsKey(m.client())).toList();
    return new ConversionResult.DuplicatesFound(lead, shown, matches.size() - shown.size());
  }

  /** A client the user may edit; one they may not see answers as one that is not stored. */
  private Versioned<Client> editableClient(UserId user, ClientId id) {
    return access.requireClient(user, id, Permission.EDIT);
  }

  /** A contact person the user may edit; one they may not see answers as one that is not stored. */
  private Versioned<ContactPerson> editablePerson(UserId user, ContactPersonId id) {
    Optional<Versioned<ContactPerson>> stored = contactPersons.find(id);
    if (stored.isEmpty()) {
      throw ClientAccess.hidden(user, Permission.EDIT, "contact person " + id);
    }
    access.requireContactPerson(user, id, Permission.EDIT);
    return stored.get();
  }

  private ConversionResult.Converted apply(UserId user, ConversionPlan plan) {
    plan.newContactPerson().ifPresent(p -> {
      Versioned<ContactPerson> created = contactPersons.insert(p);
      history.ifPresent(h -> h.recordContactPersonCreated(user, created));
    });
    plan.filledContactPerson().ifPresent(fill -> {
      Versioned<ContactPerson> after = contactPersons.update(fill.after(), fill.before().version());
      history.ifPresent(h -> h.recordContactPersonChanged(user, fill.before(), after));
    });
    plan.newClient().ifPresent(c -> {
      Versioned<Client> created = clients.insert(c);
      history.ifPresent(h -> h.recordClientCreated(user, created));
    });
    plan.newCounterparty().ifPresent(counterparties::insert);
    plan.filledClient().ifPresent(fill -> {
      Versioned<Client> after = clients.update(fill.after(), fill.before().version());
      history.ifPresent(h -> h.recordClientChanged(user, fill.before(), after));
    });
    plan.interest().ifPresent(interests::insert);
    plan.firstStatus().ifPresent(first ->
        statusHistory.append(plan.client(), 0, List.of(first), Optional.empty()));
    int rewritten = rewriteReferences(plan.lead().value().id(), plan.client(), plan.contactPerson());
    leads.update(plan.convertedLead(), plan.lead().version());
    return plan.result(rewritten);
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
      interactions.update(ConversionPlanner.rewrite(stored.value(), lead, client, contact), stored.version());
      count++;
    }
    return count + rewriter.replaceLead(lead, client, contact);
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
     * Sets the host's access policy, asked about every existing card a conversion touches
     * (required).
     *
     * @param policy the policy
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
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
     * @throws InvalidValueException if {@code null} or already set
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
     * @throws InvalidValueException if {@code null}
     */
    public Builder addListener(DomainEventListener listener) {
      listeners.add(checks.once("listener", null, listener));
      return this;
    }

    /**
     * Records every card the conversion creates or fills in the change history, in the same unit
     * of work, attributed to the user converting.
     *
     * @param cardHistory the change history
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder recordHistory(CardHistory cardHistory) {
      history = checks.once("recordHistory", history, cardHistory);
      return this;
    }

    /**
     * Builds the converter.
     *
     * @return the converter
     * @throws MissingValuesException naming every required setting not set
     */
    public LeadConverter build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY, ServiceParts.CLOCK).part("scheme", scheme)
          .check();
      return new LeadConverter(this);
    }
  }
}
