package org.clientbase.core.activity;

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
    return new Builder();
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

  /** Builds an {@link Interaction}; {@code build()} checks every rule of the type. */
  public static final class Builder extends ImmutableInteraction.Builder {
    Builder() {}
  }
}
