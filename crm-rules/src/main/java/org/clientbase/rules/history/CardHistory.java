package org.clientbase.rules.history;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.field.CardConfiguration;
import org.clientbase.core.field.CardType;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.history.internal.CardWriter;
import org.clientbase.rules.internal.BuilderChecks;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.access.SystemActor;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.ClientHistoryStore;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonHistoryStore;
import org.clientbase.spi.store.ContactPersonStore;

/**
 * Writes client and contact person cards with their change history, and answers what changed,
 * who changed it and when, and what a card looked like at any past instant.
 *
 * <p>Every operation names the user on whose behalf it is made and goes through the host's
 * access policy ({@link ClientAccess}): reads need a card the user may see, writes a card the
 * user may edit, and a client card may newly link only contact persons the user may already
 * edit. A refused call throws {@link AccessDeniedException} and changes nothing; for a card the
 * user may not see the answer is the same as for a card not stored, and an id taken by such a
 * card is refused the same way. The {@code record...} methods, for other procedures of the
 * library that wrote a card themselves, check the author the same way and accept only the card
 * as stored. A write stores the card and a {@link CardRevision} (author, instant from the
 * clock, field-level diff including custom fields) in one {@link UnitOfWork}; if either store
 * fails, the unit of work rolls both back. An update that changes nothing writes nothing.
 *
 * <p>If a card was changed past the library (or before its history was kept), the next write
 * first records the card as found, as an {@link org.clientbase.spi.store.RevisionKind#OBSERVED
 * observed} revision without author, so the history never claims a change for the wrong user.
 * The clock may step back: a revision is then dated at its predecessor's instant, never before.
 *
 * <p>A card created or updated here must fit the host's card configuration (see the builder);
 * else an {@link InvalidValueException} names the card, the field and the value, and nothing is written.
 *
 * <pre>{@code
 * CardHistory history = CardHistory.builder()
 *     .clientbase(base).clock(clock).accessPolicy(policy)
 *     .build();
 * Versioned<Client> v1 = history.createClient(manager, client);
 * Versioned<Client> v2 = history.updateClient(manager, renamed, v1.version());
 * history.revisions(manager, client.id());              // [created by manager-1, name: A → B]
 * history.asOf(manager, client.id(), lastMonday);       // the card as it was then
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class CardHistory {
  private final ClientStore clients;
  private final ContactPersonStore contactPersons;
  private final UnitOfWork unitOfWork;
  private final ClientAccess access;
  private final CardWriter<ClientId, Client> clientWriter;
  private final CardWriter<ContactPersonId, ContactPerson> personWriter;
  private final CardConfiguration clientCard;
  private final CardConfiguration contactPersonCard;

  private CardHistory(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.clients = base.clientStore();
    this.contactPersons = base.contactPersonStore();
    ClientHistoryStore clientHistory = base.clientHistoryStore();
    ContactPersonHistoryStore personHistory = base.contactPersonHistoryStore();
    this.unitOfWork = base.unitOfWork();
    Clock clock = b.parts.clock();
    this.access = ClientAccess.of(b.parts.accessPolicy(), clients);
    this.clientWriter = new CardWriter<>(clients, clientHistory, Client::id, CardDiff::between, clock);
    this.personWriter = new CardWriter<>(contactPersons, personHistory, ContactPerson::id, CardDiff::between, clock);
    this.clientCard = BuilderChecks.cardOrNone(b.clientCard, CardType.CLIENT);
    this.contactPersonCard = BuilderChecks.cardOrNone(b.contactPersonCard, CardType.CONTACT_PERSON);
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
   * Stores a new client card and records its creation.
   *
   * @param user the user on whose behalf the card is created
   * @param client the new card
   * @return the stored card, at version 1
   * @throws AccessDeniedException if the policy does not let the user edit the new card or a
   *     contact person it links, or the id is taken by a card the user may not see; nothing is
   *     written
   * @throws DuplicateIdException if the id is taken by a card the user may see; nothing is
   *     written
   * @throws InvalidValueException if a custom value does not fit the client card configuration; nothing is written
   */
  public Versioned<Client> createClient(UserId user, Client client) {
    Objects.requireNonNull(client, "client").check(clientCard);
    access.require(user, client, Permission.EDIT);
    access.requireNewLinks(user, null, client, contactPersons);
    return unitOfWork.execute(() -> {
      Optional<Versioned<Client>> taken = clients.find(client.id());
      if (taken.isPresent() && !access.can(user, taken.get().value(), Permission.VIEW)) {
        throw ClientAccess.hidden(user, Permission.EDIT, "client " + client.id());
      }
      return clientWriter.create(user, client);
    });
  }

  /**
   * Replaces a client card and records the change.
   *
   * @param user the user on whose behalf the card is changed
   * @param client the new card
   * @param expectedVersion the version the new card was computed from
   * @return the stored card at its next version, or unchanged if the card did not change
   * @throws AccessDeniedException if the policy does not let the user edit the stored card (for
   *     a card the user may not see, the same answer as for one not stored), or the new card
   *     links a contact person the user may not edit; nothing is written
   * @throws StaleWriteException if the stored card is at another version; nothing is written
   * @throws InvalidValueException if a custom value does not fit the client card configuration; nothing is written
   */
  public Versioned<Client> updateClient(UserId user, Client client, long expectedVersion) {
    Objects.requireNonNull(client, "client").check(clientCard);
    return unitOfWork.execute(() -> {
      Versioned<Client> stored = access.requireClient(user, client.id(), Permission.EDIT);
      access.requireNewLinks(user, stored.value(), client, contactPersons);
      return clientWriter.update(user, stored, client, expectedVersion);
    });
  }

  /**
   * Stores a new contact person card and records its creation. A new contact person is linked
   * to no client yet, so any user may create one; it is linked by changing a client card.
   *
   * @param user the user on whose behalf the card is created
   * @param person the new card
   * @return the stored card, at version 1
   * @throws AccessDeniedException if the id is taken by a card the user may not see; nothing
   *     is written
   * @throws DuplicateIdException if the id is taken by a card the user may see; nothing is
   *     written
   * @throws InvalidValueException if a custom value does not fit the contact person card configuration
   */
  public Versioned<ContactPerson> createContactPerson(UserId user, ContactPerson person) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(person, "person").check(contactPersonCard);
    return unitOfWork.execute(() -> {
      if (contactPersons.find(person.id()).isPresent()
          && !access.canContactPerson(user, person.id(), Permission.VIEW)) {
        throw ClientAccess.hidden(user, Permission.EDIT, "contact person " + person.id());
      }
      return personWriter.create(user, person);
    });
  }

  /**
   * Replaces a contact person card and records the change.
   *
   * @param user the user on whose behalf the card is changed
   * @param person the new card
   * @param expectedVersion the version the new card was computed from
   * @return the stored card at its next version, or unchanged if the card did not change
   * @throws AccessDeniedException if the user may edit none of the clients the person is
   *     linked to (for a person the user may not see, the same answer as for one not stored);
   *     nothing is written
   * @throws StaleWriteException if the stored card is at another version; nothing is written
   * @throws InvalidValueException if a custom value does not fit the contact person card configuration
   */
  public Versioned<ContactPerson> updateContactPerson(UserId user, ContactPerson person, long expectedVersion) {
    Objects.requireNonNull(person, "person").check(contactPersonCard);
    return unitOfWork.execute(() -> {
      Versioned<ContactPerson> stored = requirePerson(user, person.id(), Permission.EDIT);
      return personWriter.update(user, stored, person, expectedVersion);
    });
  }

  /**
   * Records the creation of a client card that another procedure of the library (a lead
   * conversion, a merge) has just inserted on behalf of a user. Call it inside the unit of work
   * that inserted the card, so that both are kept or neither.
   *
   * @param user who the change is attributed to; must be allowed to edit the card
   * @param created the card as stored
   * @throws AccessDeniedException if the user may not edit the card; nothing is recorded
   * @throws InvalidValueException if {@code created} is not the card as stored; nothing is
   *     recorded
   * @throws StaleWriteException if the card already has a history; nothing is recorded
   */
  public void recordClientCreated(UserId user, Versioned<Client> created) {
    Objects.requireNonNull(created, "created");
    access.require(user, created.value(), Permission.EDIT);
    clientWriter.recordCreation(user, asStored(clients.find(created.value().id()), created));
  }

  /**
   * Records a change of a client card that another procedure of the library has just written on
   * behalf of a user. Call it inside the unit of work that wrote the card.
   *
   * @param user who the change is attributed to; must be allowed to edit the card before and
   *     after the change
   * @param before the card as stored before the change
   * @param after the card as stored after the change
   * @throws AccessDeniedException if the user may not edit the card; nothing is recorded
   * @throws InvalidValueException if {@code after} is not the card as stored or {@code before}
   *     is not an earlier version of it; nothing is recorded
   */
  public void recordClientChanged(UserId user, Versioned<Client> before, Versioned<Client> after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    access.require(user, before.value(), Permission.EDIT);
    access.require(user, after.value(), Permission.EDIT);
    clientWriter.recordUpdate(user, earlier(before, after, Client::id),
        asStored(clients.find(after.value().id()), after));
  }

  /**
   * Records the creation of a contact person card that another procedure of the library has
   * just inserted on behalf of a user. Call it inside the unit of work that inserted the card.
   *
   * @param user who the change is attributed to; must be allowed to edit the card
   * @param created the card as stored
   * @throws AccessDeniedException if the user may not edit the card; nothing is recorded
   * @throws InvalidValueException if {@code created} is not the card as stored; nothing is
   *     recorded
   * @throws StaleWriteException if the card already has a history; nothing is recorded
   */
  public void recordContactPersonCreated(UserId user, Versioned<ContactPerson> created) {
    Objects.requireNonNull(created, "created");
    Versioned<ContactPerson> stored = requirePerson(user, created.value().id(), Permission.EDIT);
    personWriter.recordCreation(user, asStored(Optional.of(stored), created));
  }

  /**
   * Records a change of a contact person card that another procedure of the library has just
   * written on behalf of a user. Call it inside the unit of work that wrote the card.
   *
   * @param user who the change is attributed to; must be allowed to edit the card
   * @param before the card as stored before the change
   * @param after the card as stored after the change
   * @throws AccessDeniedException if the user may not edit the card; nothing is recorded
   * @throws InvalidValueException if {@code after} is not the card as stored or {@code before}
   *     is not an earlier version of it; nothing is recorded
   */
  public void recordContactPersonChanged(UserId user, Versioned<ContactPerson> before, Versioned<ContactPerson> after) {
    Objects.requireNonNull(after, "after");
    Versioned<ContactPerson> stored = requirePerson(user, after.value().id(), Permission.EDIT);
    personWriter.recordUpdate(user, earlier(before, after, ContactPerson::id), asStored(Optional.of(stored), after));
  }

  /**
   * Records a change of a client card that the library wrote as the system, or after deciding
   * about access itself (a merge checks every card it writes before it writes any): no access
   * policy is consulted. Otherwise as {@link #recordClientChanged(UserId, Versioned, Versioned)}.
   *
   * @param system the actor the change is attributed to
   * @param before the card as stored before the change
   * @param after the card as stored after the change
   * @throws InvalidValueException if {@code after} is not the card as stored or {@code before}
   *     is not an earlier version of it; nothing is recorded
   */
  public void recordClientChanged(SystemActor system, Versioned<Client> before, Versioned<Client> after) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(after, "after");
    clientWriter.recordUpdate(system.author(), earlier(before, after, Client::id),
        asStored(clients.find(after.value().id()), after));
  }

  /**
   * Records a change of a contact person card that the library wrote as the system, or after
   * deciding about access itself: no access policy is consulted. Otherwise as {@link
   * #recordContactPersonChanged(UserId, Versioned, Versioned)}.
   *
   * @param system the actor the change is attributed to
   * @param before the card as stored before the change
   * @param after the card as stored after the change
   * @throws InvalidValueException if {@code after} is not the card as stored or {@code before}
   *     is not an earlier version of it; nothing is recorded
   */
  public void recordContactPersonChanged(
      SystemActor system, Versioned<ContactPerson> before, Versioned<ContactPerson> after) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(after, "after");
    personWriter.recordUpdate(system.author(), earlier(before, after, ContactPerson::id),
        asStored(contactPersons.find(after.value().id()), after));
  }

  /** A card handed to a {@code record...} method must be the one the store holds now. */
  private static <C> Versioned<C> asStored(Optional<Versioned<C>> stored, Versioned<C> given) {
    if (stored.isEmpty() || stored.get().version() != given.version() || !stored.get().value().equals(given.value())) {
      throw new InvalidValueException("recorded card", given.value(),
          "is not the card as stored" + stored.map(v -> " (stored version " + v.version() + ")").orElse(""));
    }
    return given;
  }

  /** The card before a recorded change must be an earlier version of the same card. */
  private static <C> Versioned<C> earlier(Versioned<C> before, Versioned<C> after, Function<C, ?> id) {
    Objects.requireNonNull(before, "before");
    if (!id.apply(before.value()).equals(id.apply(after.value())) || before.version() >= after.version()) {
      throw new InvalidValueException("recorded change", before.version() + " -> " + after.version(),
          "must go from an earlier version of the same card to a later one");
    }
    return before;
  }

  /**
   * Returns the change history of a client card.
   *
   * @param user the user asking
   * @param client the client
   * @return the revisions in order: who, when, what changed
   * @throws AccessDeniedException if the user may not see the client, with the same message as
   *     for a client not stored
   */
  public List<CardRevision<Client>> revisions(UserId user, ClientId client) {
    access.requireClient(user, client, Permission.VIEW);
    return clientWriter.revisions(client);
  }

  /**
   * Returns the change history of a contact person card.
   *
   * @param user the user asking
   * @param person the contact person
   * @return the revisions in order: who, when, what changed
   * @throws AccessDeniedException if the user may see none of the clients the person is linked
   *     to, with the same message as for a person not stored
   */
  public List<CardRevision<ContactPerson>> revisions(UserId user, ContactPersonId person) {
    requirePerson(user, person, Permission.VIEW);
    return personWriter.revisions(person);
  }

  /**
   * Returns a client card as it was at an instant.
   *
   * @param user the user asking
   * @param client the client
   * @param at the instant
   * @return the card then, or empty if its history starts later
   * @throws AccessDeniedException if the user may not see the client, with the same message as
   *     for a client not stored
   */
  public Optional<Client> asOf(UserId user, ClientId client, Instant at) {
    return timeline(user, client).asOf(at);
  }

  /**
   * Returns a contact person card as it was at an instant.
   *
   * @param user the user asking
   * @param person the contact person
   * @param at the instant
   * @return the card then, or empty if its history starts later
   * @throws AccessDeniedException if the user may see none of the clients the person is linked
   *     to, with the same message as for a person not stored
   */
  public Optional<ContactPerson> asOf(UserId user, ContactPersonId person, Instant at) {
    return timeline(user, person).asOf(at);
  }

  /**
   * Returns the timeline of a client card, to ask several questions of one read.
   *
   * @param user the user asking
   * @param client the client
   * @return the timeline
   * @throws AccessDeniedException if the user may not see the client, with the same message as
   *     for a client not stored
   */
  public CardTimeline<Client> timeline(UserId user, ClientId client) {
    return CardTimeline.of(revisions(user, client));
  }

  /**
   * Returns the timeline of a contact person card, to ask several questions of one read.
   *
   * @param user the user asking
   * @param person the contact person
   * @return the timeline
   * @throws AccessDeniedException if the user may see none of the clients the person is linked
   *     to, with the same message as for a person not stored
   */
  public CardTimeline<ContactPerson> timeline(UserId user, ContactPersonId person) {
    return CardTimeline.of(revisions(user, person));
  }

  /** The stored person if the user may do this with it; the same refusal whether stored or not. */
  private Versioned<ContactPerson> requirePerson(UserId user, ContactPersonId person, Permission permission) {
    Objects.requireNonNull(person, "person");
    access.requireContactPerson(user, person, permission);
    return contactPersons.find(person)
        .orElseThrow(() -> ClientAccess.hidden(user, permission, "contact person " + person));
  }

  /** Builds a {@link CardHistory}; every setting is required and may be given once. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("CardHistory");
    private final BuilderChecks checks = parts.checks();
    private CardConfiguration clientCard;
    private CardConfiguration contactPersonCard;

    private Builder() {}

    /**
     * Sets the configuration client cards created or updated must fit; no custom fields unless set.
     *
     * @param value the configuration of client cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or not for client cards
     */
    public Builder clientCard(CardConfiguration value) {
      clientCard = checks.card("clientCard", clientCard, value, CardType.CLIENT);
      return this;
    }

    /**
     * Sets the configuration contact person cards created or updated must fit; no custom fields unless set.
     *
     * @param value the configuration of contact person cards
     * @return this builder
     * @throws InvalidValueException if {@code null}, already set, or not for contact person cards
     */
    public Builder contactPersonCard(CardConfiguration value) {
      contactPersonCard = checks.card("contactPersonCard", contactPersonCard, value, CardType.CONTACT_PERSON);
      return this;
    }

    /**
     * Sets the host's client base: its client and contact person stores, their history stores and its unit of work (required).
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
     * Sets the clock that dates revisions.
     *
     * @param value the clock
     * @return this builder
     * @throws org.clientbase.core.InvalidValueException if {@code null} or already set
     */
    public Builder clock(Clock value) {
      parts.clock(value);
      return this;
    }

    /**
     * Sets the host's access policy; {@link AccessPolicy#allowAll()} for a host without
     * restrictions.
     *
     * @param policy the policy
     * @return this builder
     * @throws org.clientbase.core.InvalidValueException if {@code null} or already set
     */
    public Builder accessPolicy(AccessPolicy policy) {
      parts.accessPolicy(policy);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public CardHistory build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.CLOCK, ServiceParts.ACCESS_POLICY).check();
      return new CardHistory(this);
    }
  }
}
