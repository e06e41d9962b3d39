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
 *
 * <p>Immutable and thread-safe.
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
    return ImmutableParticipant.builder();
  }

  @Value.Check
  final void check() {
    if (contactPerson().isEmpty() && client().isEmpty() && lead().isEmpty()) {
      throw new InvalidValueException(
          "Participant", null, "needs a contact person, a client or a lead");
    }
    Checks.checkNormalisedText("Participant.contactUsed", contactUsed());
  }

  /**
   * Builds a {@link Participant}.
   *
   * <p>Every attribute is optional. A builder is not thread-safe: fill it and build from one
   * thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing Participant into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(Participant instance);
    /**
     * Sets the contact person taking part, if known
     * ({@link Participant#contactPerson() contactPerson}). Optional: empty unless set.
     * @param contactPerson the value to set
     * @return this builder
     */
    public abstract Builder contactPerson(ContactPersonId contactPerson);
    /**
     * Sets the contact person taking part, if known
     * ({@link Participant#contactPerson() contactPerson}), or clears it when empty. Optional:
     * empty unless set.
     * @param contactPerson the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder contactPerson(Optional<? extends ContactPersonId> contactPerson);
    /**
     * Sets the client taking part (for an individual client), if known
     * ({@link Participant#client() client}). Optional: empty unless set.
     * @param client the value to set
     * @return this builder
     */
    public abstract Builder client(ClientId client);
    /**
     * Sets the client taking part (for an individual client), if known
     * ({@link Participant#client() client}), or clears it when empty. Optional: empty unless set.
     * @param client the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder client(Optional<? extends ClientId> client);
    /**
     * Sets the lead taking part, if known ({@link Participant#lead() lead}). Optional: empty
     * unless set.
     * @param lead the value to set
     * @return this builder
     */
    public abstract Builder lead(LeadId lead);
    /**
     * Sets the lead taking part, if known ({@link Participant#lead() lead}), or clears it when
     * empty. Optional: empty unless set.
     * @param lead the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder lead(Optional<? extends LeadId> lead);
    /**
     * Sets the contact used, as written: a phone number, an email address, a messenger name
     * ({@link Participant#contactUsed() contactUsed}). Optional: empty unless set.
     * @param contactUsed the value to set
     * @return this builder
     */
    public abstract Builder contactUsed(String contactUsed);
    /**
     * Sets the contact used, as written: a phone number, an email address, a messenger name
     * ({@link Participant#contactUsed() contactUsed}), or clears it when empty. Optional: empty
     * unless set.
     * @param contactUsed the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder contactUsed(Optional<String> contactUsed);

    /**
     * Builds the Participant, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract Participant build();
  }
}
