package org.clientbase.core.client;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.id.ContactPersonId;
import org.immutables.value.Value;

/**
 * The link between a client and one of its contact persons: the person's role or position at
 * that client and whether they are a key person (ключевое лицо). A contact person may be linked
 * to several clients, with a different role at each.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class ClientContact {
  ClientContact() {}

  /**
   * Returns the contact person.
   *
   * @return the contact person
   */
  @Value.Parameter
  public abstract ContactPersonId contactPerson();

  /**
   * Returns the person's role or position at the client, e.g. "Chief accountant".
   *
   * @return the role
   */
  public abstract Optional<String> role();

  /**
   * Tells whether the person is a key person at the client: one who decides or strongly
   * influences decisions.
   *
   * @return {@code true} for a key person
   */
  @Value.Default
  public boolean keyPerson() {
    return false;
  }

  /**
   * Returns a link with no role that is not a key person.
   *
   * @param contactPerson the contact person
   * @return the link
   */
  public static ClientContact of(ContactPersonId contactPerson) {
    return ImmutableClientContact.of(contactPerson);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableClientContact.builder();
  }

  @Value.Check
  final void check() {
    Checks.checkNormalisedText("ClientContact.role", role());
  }

  /**
   * Builds a {@link ClientContact}.
   *
   * <p>Required: {@code contactPerson}; every other attribute is optional. A builder is not
   * thread-safe: fill it and build from one thread.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the attributes of an existing ClientContact into this builder: each single value
     * replaces the one set before, collection elements and map entries are added, and an empty
     * optional value leaves the value set before.
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(ClientContact instance);
    /**
     * Sets the contact person ({@link ClientContact#contactPerson() contactPerson}). Required:
     * {@code build()} fails if it is not set.
     * @param contactPerson the value to set
     * @return this builder
     */
    public abstract Builder contactPerson(ContactPersonId contactPerson);
    /**
     * Sets the person's role or position at the client, e.g. "Chief accountant"
     * ({@link ClientContact#role() role}). Optional: empty unless set.
     * @param role the value to set
     * @return this builder
     */
    public abstract Builder role(String role);
    /**
     * Sets the person's role or position at the client, e.g. "Chief accountant"
     * ({@link ClientContact#role() role}), or clears it when empty. Optional: empty unless set.
     * @param role the value to set, or empty to clear it
     * @return this builder
     */
    public abstract Builder role(Optional<String> role);
    /**
     * Sets whether the person is a key person at the client: one who decides or strongly
     * influences decisions ({@link ClientContact#keyPerson() keyPerson}). Optional: {@code false}
     * unless set.
     * @param keyPerson the value to set
     * @return this builder
     */
    public abstract Builder keyPerson(boolean keyPerson);

    /**
     * Builds the ClientContact, checking every rule of the type.
     *
     * @return the new value
     * @throws org.clientbase.core.MissingValuesException naming the required attributes that are not set
     */
    public abstract ClientContact build();
  }
}
