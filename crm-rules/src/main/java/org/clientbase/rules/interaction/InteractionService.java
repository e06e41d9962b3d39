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
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.IdGenerator;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.InteractionStore;
import org.clientbase.spi.store.PageRequest;

/**
 * Interactions with clients ("События"): calls, meetings, emails, SMS, calendar
 * entries and other contacts, recorded, completed or cancelled, and listed by type and by
 * client.
 *
 * <p>An interaction's state moves only from {@link InteractionState#PLANNED} to
 * {@link InteractionState#COMPLETED} or {@link InteractionState#CANCELLED} (the rule lives in
 * {@link InteractionState#canMoveTo}); any other move is refused with an
 * {@link InvalidValueException} and writes nothing. Completed interactions are the client's
 * relationship history ({@link #relationshipHistory}).
 *
 * <p>Every operation that takes a {@link UserId} acts on behalf of that user, through the
 * host's policy ({@link ClientAccess}): an interaction is seen by who may see every card it
 * names (its client, its contact persons and its participants' clients and contact persons),
 * and recorded or changed by who may edit every one of them; one about a lead only is open to
 * every user. An interaction the user may not see gets the same answer as one not stored.
 * {@link #newInteractionId()} is the only operation without a user; it reads nothing.
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
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
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
   * @throws AccessDeniedException if the user may not edit every card it names, or its id is
   *     taken by an interaction the user may not see; nothing is written
   * @throws org.clientbase.spi.DuplicateIdException if the id is taken by an interaction the
   *     user may see
   */
  public Versioned<Interaction> record(UserId user, Interaction interaction) {
    Objects.requireNonNull(interaction, "interaction");
    require(user, interaction, Permission.EDIT);
    Optional<Versioned<Interaction>> taken = interactions.find(interaction.id());
    if (taken.isPresent() && !allows(user, taken.get().value(), Permission.VIEW)) {
      throw ClientAccess.hidden(user, Permission.EDIT, "interaction " + interaction.id());
    }
    return interactions.insert(interaction);
  }

  /**
   * Marks a planned interaction as having taken place; without an end, it ends now.
   *
   * @param user the user making the change
   * @param id the interaction
   * @return the stored interaction
   * @throws AccessDeniedException if the user may not edit every card it names (for one the
   *     user may not see, the same answer as for one not stored); nothing is written
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
   * @throws AccessDeniedException if the user may not edit every card it names (for one the
   *     user may not see, the same answer as for one not stored); nothing is written
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
   * @throws AccessDeniedException if the user may not see it, with the same message as for an
   *     interaction not stored
   */
  public Versioned<Interaction> find(UserId user, InteractionId id) {
    return visible(user, id, Permission.VIEW);
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
    List<Interaction> found = new ArrayList<>();
    keepVisible(user, interactions.findByClients(List.of(client)).stream()
        .filter(i -> types.contains(i.type())).toList(), found);
    found.sort(BY_START);
    return List.copyOf(found);
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
    PageRequest<InteractionId> request = PageRequest.first(pageSize);
    while (true) {
      List<Versioned<Interaction>> page = interactions.page(request);
      List<Interaction> candidates = page.stream().map(Versioned::value)
          .filter(i -> i.type() == type && !i.start().isBefore(from) && !i.start().isAfter(to))
          .toList();
      keepVisible(user, candidates, found);
      if (page.size() < pageSize) {
        break;
      }
      request = request.next(page.get(page.size() - 1).value().id());
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

  /** The stored interaction if the user may see it; otherwise the same refusal whether stored or not. */
  private Versioned<Interaction> visible(UserId user, InteractionId id, Permission asked) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(id, "id");
    Optional<Versioned<Interaction>> stored = interactions.find(id);
    if (stored.isEmpty() || !allows(user, stored.get().value(), Permission.VIEW)) {
      throw ClientAccess.hidden(user, asked, "interaction " + id);
    }
    return stored.get();
  }

  private Versioned<Interaction> move(UserId user, InteractionId id, InteractionState next) {
    Versioned<Interaction> stored = visible(user, id, Permission.EDIT);
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
    access.requireRecord(user, "interaction " + interaction.id(), interaction.namedClients(), interaction.namedContactPersons(),
        permission);
  }

  private boolean allows(UserId user, Interaction interaction, Permission permission) {
    return access.canRecord(user, interaction.namedClients(), interaction.namedContactPersons(), permission);
  }

  private void keepVisible(UserId user, List<Interaction> candidates, List<Interaction> into) {
    Set<ClientId> clientIds = new LinkedHashSet<>();
    candidates.forEach(i -> clientIds.addAll(i.namedClients()));
    Map<ClientId, Client> visible = access.visible(user, clientIds);
    for (Interaction interaction : candidates) {
      boolean allowed = visible.keySet().containsAll(interaction.namedClients())
          && access.canRecord(user, List.of(), interaction.namedContactPersons(), Permission.VIEW);
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
