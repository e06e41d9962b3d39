package org.clientbase.core.activity;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.LeadId;
import org.immutables.value.Value;

/**
 * One participant of an interaction on the client's side, with the contact used to reach them
 * (the phone number dialled, the email address written to).
 */
@Value.Immutable
@ClientbaseStyle
public abstract class Participant {
  Participant() {}

  /**
   * Returns the contact person taking part, if known.
   *
   * @return the contact person
   */
  public abstract Optional<ContactPersonId> contactPerson();

  /**
   * Returns the client taking part (for an individual client), if known.
   *
   * @return the client
   */
  public abstract Optional<ClientId> client();

  /**
   * Returns the lead taking part, if known.
   *
   * @return the lead
   */
  public abstract Optional<LeadId> lead();

  /**
   * Returns the contact used, as written: a phone number, an email address, a messenger name.
   *
   * @return the contact used
   */
  public abstract Optional<String> contactUsed();

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
    if (contactPerson().isEmpty() && client().isEmpty() && lead().isEmpty()) {
      throw new InvalidValueException(
          "Participant", null, "needs a contact person, a client or a lead");
    }
    contactUsed().ifPresent(v -> Checks.checkNormalisedText("Participant.contactUsed", v));
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
