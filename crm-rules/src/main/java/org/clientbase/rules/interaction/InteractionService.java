package org.clientbase.rules.interaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.activity.Interaction;
import org.clientbase.core.activity.InteractionState;
import org.clientbase.core.activity.InteractionType;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.UnknownRecordException;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.InteractionStore;

/**
 * Interactions with clients (seed 001: "События"): calls, meetings, emails, SMS, calendar
 * entries and other contacts, recorded, completed or cancelled, and listed by type and by
 * client.
 *
 * <p>An interaction's state moves only from {@link InteractionState#PLANNED} to
 * {@link InteractionState#COMPLETED} or {@link InteractionState#CANCELLED} (the rule lives in
 * {@link InteractionState#canMoveTo}); any other move is refused with an
 * {@link InvalidValueException} and writes nothing. Completed interactions are the client's
 * relationship history ({@link #relationshipHistory}).
 *
 * <p>Access, through the host's policy: an interaction about a client is seen by who may see
 * the client and recorded or changed by who may edit it; one about contact persons only follows
 * them ({@link ClientAccess}); one about a lead only is open to every user.
 *
 * <pre>{@code
 * InteractionService interactions = InteractionService.builder()
 *     .clientbase(base).accessPolicy(policy).clock(clock).build();
 * Versioned<Interaction> call = interactions.record(manager, Interaction.builder()
 *     .id(interactions.newInteractionId()).type(InteractionType.PHONE_CALL)
 *     .state(InteractionState.PLANNED).subject("Discuss the offer").client(client).start(at)
 *     .build());
 * interactions.complete(manager, call.value().id());
 * interactions.byClient(manager, client, EnumSet.of(InteractionType.PHONE_CALL));
 * }</pre>
 */
public final class InteractionService {
  private final InteractionStore interactions;
  private final ClientAccess access;
  private final IdGenerator ids;
  private final Clock clock;
  private final int pageSize;

  private InteractionService(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.interactions = base.interactionStore();
    this.access = ClientAccess.of(b.parts.accessPolicy(), base.clientStore());
    this.ids = base.idGenerator();
    this.clock = b.parts.clock();
    this.pageSize = b.parts.pageSizeOr(500);
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
   * Returns a new interaction id from the host's id generator.
   *
   * @return the id
   */
  public InteractionId newInteractionId() {
    return InteractionId.of(ids.next("InteractionId"));
  }

  /**
   * Records an interaction: a planned one, or one that already took place or was cancelled.
   *
   * @param user the user recording it
   * @param interaction the interaction
   * @return the stored interaction
   * @throws AccessDeniedException if the user may not edit its client (or contact persons);
   *     nothing is written
   * @throws org.clientbase.spi.DuplicateIdException if the id is already stored
   */
  public Versioned<Interaction> record(UserId user, Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    require(user, interaction, Permission.EDIT);
    return interactions.insert(interaction);
  }

  /**
   * Marks a planned interaction as having taken place; without an end, it ends now.
   *
   * @param user the user making the change
   * @param id the interaction
   * @return the stored interaction
   * @throws UnknownRecordException if no such interaction is stored
   * @throws AccessDeniedException if the user may not edit its client; nothing is written
   * @throws InvalidValueException if it was cancelled; nothing is written
   */
  public Versioned<Interaction> complete(UserId user, InteractionId id) {
    return move(user, id, InteractionState.COMPLETED);
  }

  /**
   * Cancels a planned interaction.
   *
   * @param user the user making the change
   * @param id the interaction
   * @return the stored interaction
   * @throws UnknownRecordException if no such interaction is stored
   * @throws AccessDeniedException if the user may not edit its client; nothing is written
   * @throws InvalidValueException if it was completed; nothing is written
   */
  public Versioned<Interaction> cancel(UserId user, InteractionId id) {
    return move(user, id, InteractionState.CANCELLED);
  }

  /**
   * Returns an interaction the user may see.
   *
   * @param user the user asking
   * @param id the interaction
   * @return the stored interaction
   * @throws UnknownRecordException if no such interaction is stored
   * @throws AccessDeniedException if the user may not see it
   */
  public Versioned<Interaction> find(UserId user, InteractionId id) {
    Versioned<Interaction> stored = stored(id);
    require(user, stored.value(), Permission.VIEW);
    return stored;
  }

  /**
   * Lists the interactions with a client.
   *
   * @param user the user asking
   * @param client the client
   * @return the interactions, by start
   * @throws AccessDeniedException if the user may not see the client
   */
  public List<Interaction> byClient(UserId user, ClientId client) {
    return byClient(user, client, EnumSet.allOf(InteractionType.class));
  }

  /**
   * Lists the interactions of some types with a client.
   *
   * @param user the user asking
   * @param client the client
   * @param types the types to list
   * @return the interactions, by start
   * @throws AccessDeniedException if the user may not see the client
   */
  public List<Interaction> byClient(UserId user, ClientId client, Set<InteractionType> types) {
    Objects.requireNonNull(types, "types");
    access.requireClient(user, client, Permission.VIEW);
    return interactions.findByClients(List.of(client)).stream()
        .filter(i -> types.contains(i.type()))
        .sorted(BY_START)
        .toList();
  }

  /**
   * Lists the interactions of a type that start in a period, across the clients the user may
   * see, walking the store page by page.
   *
   * @param user the user asking
   * @param type the type
   * @param from the first instant, included
   * @param to the last instant, included
   * @return the interactions, by start
   * @throws InvalidValueException if {@code to} is before {@code from}
   */
  public List<Interaction> byType(UserId user, InteractionType type, Instant from, Instant to) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidValueException("InteractionService.byType period", from + ".." + to, "ends before it starts");
    }
    List<Interaction> found = new ArrayList<>();
    Optional<InteractionId> after = Optional.empty();
    while (true) {
      List<Versioned<Interaction>> page = interactions.page(after, pageSize);
      List<Interaction> candidates = page.stream().map(Versioned::value)
          .filter(i -> i.type() == type && !i.start().isBefore(from) && !i.start().isAfter(to))
          .toList();
      keepVisible(user, candidates, found);
      if (page.size() < pageSize) {
        break;
      }
      after = Optional.of(page.get(page.size() - 1).value().id());
    }
    found.sort(BY_START);
    return List.copyOf(found);
  }

  /**
   * Returns a client's relationship history: the interactions with it that took place.
   *
   * @param user the user asking
   * @param client the client
   * @return the completed interactions, by start
   * @throws AccessDeniedException if the user may not see the client
   */
  public List<Interaction> relationshipHistory(UserId user, ClientId client) {
    return byClient(user, client).stream().filter(InteractionService::countsAsRelationship).toList();
  }

  /**
   * Tells whether an interaction is part of the relationship history: it took place.
   *
   * @param interaction the interaction
   * @return {@code true} if it is completed
   */
  public static boolean countsAsRelationship(Interaction interaction) {
    return interaction.state() == InteractionState.COMPLETED;
  }

  private static final Comparator<Interaction> BY_START =
      Comparator.comparing(Interaction::start).thenComparing(i -> i.id().value());

  private Versioned<Interaction> stored(InteractionId id) {
    Objects.requireNonNull(id, "id");
    return interactions.find(id).orElseThrow(() -> new UnknownRecordException("interaction", id));
  }

  private Versioned<Interaction> move(UserId user, InteractionId id, InteractionState next) {
    Versioned<Interaction> stored = stored(id);
    Interaction current = stored.value();
    require(user, current, Permission.EDIT);
    if (current.state() == next) {
      return stored;
    }
    Interaction moved = current.inState(next);
    if (next == InteractionState.COMPLETED && moved.end().isEmpty()) {
      Instant now = clock.instant();
      if (!now.isBefore(moved.start())) {
        moved = Interaction.builder().from(moved).end(now).build();
      }
    }
    return interactions.update(moved, stored.version());
  }

  private void require(UserId user, Interaction interaction, Permission permission) {
    Objects.requireNonNull(user, "user");
    if (interaction.client().isPresent()) {
      access.requireClient(user, interaction.client().get(), permission);
      return;
    }
    for (ContactPersonId person : interaction.contactPersons()) {
      if (access.canContactPerson(user, person, permission)) {
        return;
      }
    }
    if (!interaction.contactPersons().isEmpty()) {
      throw new AccessDeniedException(user, permission, "interaction " + interaction.id(),
          "the access policy forbids it for the clients of its contact persons");
    }
  }

  private void keepVisible(UserId user, List<Interaction> candidates, List<Interaction> into) {
    Set<ClientId> clientIds = new LinkedHashSet<>();
    candidates.forEach(i -> i.client().ifPresent(clientIds::add));
    Map<ClientId, Client> visible = access.visible(user, clientIds);
    for (Interaction interaction : candidates) {
      boolean allowed = interaction.client().isPresent()
          ? visible.containsKey(interaction.client().get())
          : interaction.contactPersons().isEmpty()
              || interaction.contactPersons().stream()
                  .anyMatch(p -> access.canContactPerson(user, p, Permission.VIEW));
      if (allowed) {
        into.add(interaction);
      }
    }
  }

  /** Builds an {@link InteractionService}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("InteractionService");

    private Builder() {}

    /**
     * Sets the host's client base: its interaction and client stores and its id generator (required).
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
     * Sets the host's access policy (required).
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
     * Sets the clock that dates the end of a completed interaction (required).
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
     * Sets how many interactions one store read asks for when a list walks the store; 500 unless set.
     *
     * @param size the page size, from 1 to 100 000
     * @return this builder
     * @throws InvalidValueException if out of bounds or already set
     */
    public Builder pageSize(int size) {
      parts.pageSize(size);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public InteractionService build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY, ServiceParts.CLOCK).check();
      return new InteractionService(this);
    }
  }
}
