package org.clientbase.core.activity;

import java.util.Set;
import java.util.LinkedHashSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.BusinessTime;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InteractionId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.UserId;
import org.immutables.value.Value;

/**
 * A contact with a client or lead (событие): a call, meeting, email, text message, calendar
 * entry or other contact.
 *
 * <p>An interaction is {@link InteractionState#PLANNED planned}, then
 * {@link InteractionState#COMPLETED completed} or {@link InteractionState#CANCELLED cancelled};
 * {@link #inState(InteractionState)} refuses any other move.
 *
 * <pre>{@code
 * Interaction call = Interaction.builder()
 *     .id(InteractionId.of("e-1"))
 *     .type(InteractionType.PHONE_CALL)
 *     .direction(InteractionDirection.OUTGOING)
 *     .state(InteractionState.PLANNED)
 *     .subject("Discuss the offer")
 *     .client(ClientId.of("c-1"))
 *     .start(Instant.parse("2026-03-01T09:00:00Z"))
 *     .build();
 * Interaction done = call.inState(InteractionState.COMPLETED);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Interaction {
  Interaction() {}

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract InteractionId id();

  /**
   * Returns the kind of interaction.
   *
   * @return the type
   */
  public abstract InteractionType type();

  /**
   * Returns who started the interaction, if it matters for its type.
   *
   * @return the direction
   */
  public abstract Optional<InteractionDirection> direction();

  /**
   * Returns the state.
   *
   * @return the state
   */
  public abstract InteractionState state();

  /**
   * Returns the subject, not blank.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns the content: the notes of a call, the text of a message.
   *
   * @return the content
   */
  public abstract Optional<String> content();

  /**
   * Returns the client the interaction refers to.
   *
   * @return the client
   */
  public abstract Optional<ClientId> client();

  /**
   * Returns the lead the interaction refers to.
   *
   * @return the lead
   */
  public abstract Optional<LeadId> lead();

  /**
   * Returns the contact persons the interaction refers to.
   *
   * @return the contact persons, possibly empty
   */
  public abstract List<ContactPersonId> contactPersons();

  /**
   * Returns the interest the interaction belongs to.
   *
   * @return the interest
   */
  public abstract Optional<InterestId> interest();

  /**
   * Returns the participants on the client's side with the contact used for each.
   *
   * @return the participants, possibly empty
   */
  public abstract List<Participant> participants();

  /**
   * Returns every client the interaction names: its own and its participants'.
   *
   * @return the clients, in the order named
   */
  public Set<ClientId> namedClients() {
    Set<ClientId> named = new LinkedHashSet<>();
    client().ifPresent(named::add);
    participants().forEach(p -> p.client().ifPresent(named::add));
    return named;
  }

  /**
   * Returns every contact person the interaction names: its own and its participants'.
   *
   * @return the contact persons, in the order named
   */
  public Set<ContactPersonId> namedContactPersons() {
    Set<ContactPersonId> named = new LinkedHashSet<>(contactPersons());
    participants().forEach(p -> p.contactPerson().ifPresent(named::add));
    return named;
  }

  /**
   * Returns the user responsible for the interaction.
   *
   * @return the responsible user
   */
  public abstract Optional<UserId> responsible();

  /**
   * Returns when the interaction starts or started.
   *
   * @return the start
   */
  public abstract Instant start();

  /**
   * Returns when the interaction ends or ended, not before the start.
   *
   * @return the end
   */
  public abstract Optional<Instant> end();

  /**
   * Returns this interaction moved to another state.
   *
   * @param next the new state
   * @return the interaction in the new state
   * @throws InvalidValueException if the move is not allowed, e.g. from cancelled to completed
   */
  public final Interaction inState(InteractionState next) {
    if (!state().canMoveTo(next)) {
      throw new InvalidValueException(
          "Interaction " + id() + " state", next, "cannot follow " + state());
    }
    return builder().from(this).state(next).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableInteraction.builder();
  }

  @Value.Check
  final void check() {
    BusinessTime.requireInstant("Interaction " + id() + " start", start());
    end().ifPresent(v -> BusinessTime.requireInstant("Interaction " + id() + " end", v));
    Checks.checkNormalisedText("Interaction.subject", subject());
    content().ifPresent(v -> Checks.checkMultiline("Interaction.content", v));
    if (client().isEmpty() && lead().isEmpty() && contactPersons().isEmpty()) {
      throw new InvalidValueException(
          "Interaction " + id() + " references", null, "needs a client, a lead or a contact person");
    }
    end().ifPresent(e -> {
      if (e.isBefore(start())) {
        throw new InvalidValueException(
            "Interaction " + id() + " end", e, "is before the start " + start());
      }
    });
  }

  /**
   * Builds an {@link Interaction}; {@code build()} checks every rule of the type.
   *
   * <p>Required: {@code id}, {@code type}, {@code state}, {@code subject}, {@code start}; every
   * other attribute is optional. A builder is not thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Interaction into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Interaction instance);
    /**
     * Sets the id ({@link Interaction#id() id}). Required: {@code build()} fails if it is not set.
     * @param id the value to set
     * @return this builder
     */
    public abstract Builder id(InteractionId id);
    /**
     * Sets the kind of interaction ({@link Interaction#type() type}). Required: {@code build()}
     * fails if it is not set.
     * @param type the value to set
     * @return this builder
     */
    public abstract Builder type(InteractionType type);
    /**
     * Sets who started the interaction, if it matters for its type
     * ({@link Interaction#direction() direction}). Optional: empty unless set.
     * @param direction the value to set
     * @return this builder
     */
    public abstract Builder direction(InteractionDirection direction);
    /**
     * Sets who started the interaction, if it matters for its type
     * ({@link Interaction#direction() direction}), or clears it when empty. Optional: empty unless
     * set.
     * @param direction the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder direction(Optional<? extends InteractionDirection> direction);
    /**
     * Sets the state ({@link Interaction#state() state}). Required: {@code build()} fails if it is
     * not set.
     * @param state the value to set
     * @return this builder
     */
    public abstract Builder state(InteractionState state);
    /**
     * Sets the subject, not blank ({@link Interaction#subject() subject}). Required:
     * {@code build()} fails if it is not set.
     * @param subject the value to set
     * @return this builder
     */
    public abstract Builder subject(String subject);
    /**
     * Sets the content: the notes of a call, the text of a message
     * ({@link Interaction#content() content}). Optional: empty unless set.
     * @param content the value to set
     * @return this builder
     */
    public abstract Builder content(String content);
    /**
     * Sets the content: the notes of a call, the text of a message
     * ({@link Interaction#content() content}), or clears it when empty. Optional: empty unless
     * set.
     * @param content the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder content(Optional<String> content);
    /**
     * Sets the client the interaction refers to ({@link Interaction#client() client}). Optional:
     * empty unless set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the client the interaction refers to ({@link Interaction#client() client}), or clears
     * it when empty. Optional: empty unless set.
     * @param client the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder client(Optional<? extends ClientId> client);
    /**
     * Sets the lead the interaction refers to ({@link Interaction#lead() lead}). Optional: empty
     * unless set.
     * @param lead the value to set
     * @return this builder
     */
    public abstract Builder lead(LeadId lead);
    /**
     * Sets the lead the interaction refers to ({@link Interaction#lead() lead}), or clears it when
     * empty. Optional: empty unless set.
     * @param lead the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder lead(Optional<? extends LeadId> lead);
    /**
     * Adds one or more elements to {@link Interaction#contactPersons() contactPersons}: the
     * contact persons the interaction refers to. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addContactPersons(ContactPersonId... elements);
    /**
     * Replaces {@link Interaction#contactPersons() contactPersons} with the given elements: the
     * contact persons the interaction refers to. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder contactPersons(Iterable<? extends ContactPersonId> elements);
    /**
     * Adds the elements to {@link Interaction#contactPersons() contactPersons}: the contact
     * persons the interaction refers to. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllContactPersons(Iterable<? extends ContactPersonId> elements);
    /**
     * Sets the interest the interaction belongs to ({@link Interaction#interest() interest}).
     * Optional: empty unless set.
     * @param interest the value to set
     * @return this builder
     */
    public abstract Builder interest(InterestId interest);
    /**
     * Sets the interest the interaction belongs to ({@link Interaction#interest() interest}), or
     * clears it when empty. Optional: empty unless set.
     * @param interest the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder interest(Optional<? extends InterestId> interest);
    /**
     * Adds one or more elements to {@link Interaction#participants() participants}: the
     * participants on the client's side with the contact used for each. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addParticipants(Participant... elements);
    /**
     * Replaces {@link Interaction#participants() participants} with the given elements: the
     * participants on the client's side with the contact used for each. Optional: empty unless
     * elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder participants(Iterable<? extends Participant> elements);
    /**
     * Adds the elements to {@link Interaction#participants() participants}: the participants on
     * the client's side with the contact used for each. Optional: empty unless elements are added.
     * @param elements the elements
     * @return this builder
     */
    public abstract Builder addAllParticipants(Iterable<? extends Participant> elements);
    /**
     * Sets the user responsible for the interaction
     * ({@link Interaction#responsible() responsible}). Optional: empty unless set.
     * @param responsible the value to set
     * @return this builder
     */
    public abstract Builder responsible(UserId responsible);
    /**
     * Sets the user responsible for the interaction
     * ({@link Interaction#responsible() responsible}), or clears it when empty. Optional: empty
     * unless set.
     * @param responsible the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder responsible(Optional<? extends UserId> responsible);
    /**
     * Sets when the interaction starts or started ({@link Interaction#start() start}). Required:
     * {@code build()} fails if it is not set.
     * @param start the value to set
     * @return this builder
     */
    public abstract Builder start(Instant start);
    /**
     * Sets when the interaction ends or ended, not before the start
     * ({@link Interaction#end() end}). Optional: empty unless set.
     * @param end the value to set
     * @return this builder
     */
    public abstract Builder end(Instant end);
    /**
     * Sets when the interaction ends or ended, not before the start
     * ({@link Interaction#end() end}), or clears it when empty. Optional: empty unless set.
     * @param end the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder end(Optional<? extends Instant> end);

    /**
     * Builds the Interaction, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Interaction build();
  }
}
