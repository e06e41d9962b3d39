package org.clientbase.rules.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.MissingValuesException;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.rules.history.CardHistory;
import org.clientbase.rules.internal.ServiceParts;
import org.clientbase.spi.Clientbase;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;

/**
 * The key persons of clients ("Особенности работы с ключевыми лицами"): the contact
 * persons flagged as key persons on the client card's links, and the flag set or cleared as a
 * change of the client card, so that it appears in the card's history.
 *
 * <p>Both operations act on behalf of a user through the host's access policy: {@link #of}
 * needs a client the user may see, {@link #mark} one the user may edit (the change goes through
 * {@link org.clientbase.rules.history.CardHistory#updateClient}). A client the user may not see
 * gets the same answer as one not stored.
 *
 * <pre>{@code
 * KeyPersons keyPersons = KeyPersons.builder()
 *     .clientbase(base).accessPolicy(policy).cardHistory(cardHistory).build();
 * keyPersons.of(manager, ClientId.of("c-1"));                       // the key persons' cards
 * keyPersons.mark(manager, ClientId.of("c-1"), ContactPersonId.of("p-1"), true);
 * }</pre>
 *
 * <p>Thread-safe: one instance may be shared by all threads. It keeps no state of its own between
 * calls; what it reads and writes lives in the stores it was given, so it is as safe as they are.
 */
public final class KeyPersons {
  private final ContactPersonStore contactPersons;
  private final ClientAccess access;
  private final CardHistory history;

  private KeyPersons(Builder b) {
    Clientbase base = b.parts.clientbase();
    this.contactPersons = base.contactPersonStore();
    this.access = ClientAccess.of(b.parts.accessPolicy(), base.clientStore());
    this.history = b.history;
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
   * Returns the key persons of a client.
   *
   * @param user the user asking
   * @param client the client
   * @return the key persons in the order of the client card's links
   * @throws AccessDeniedException if the user may not see the client, with the same message as
   *     for a client not stored
   */
  public List<KeyPerson> of(UserId user, ClientId client) {
    Client card = access.requireClient(user, client, Permission.VIEW).value();
    List<ClientContact> links = card.keyPersons();
    Map<ContactPersonId, Versioned<ContactPerson>> people =
        contactPersons.findAll(links.stream().map(ClientContact::contactPerson).toList());
    List<KeyPerson> result = new ArrayList<>();
    for (ClientContact link : links) {
      Versioned<ContactPerson> person = people.get(link.contactPerson());
      if (person != null) {
        result.add(new KeyPerson(client, person.value(), link));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Sets or clears the key person flag of a contact person at a client, as a change of the
   * client card recorded in its history.
   *
   * @param user the user on whose behalf the card is changed
   * @param client the client
   * @param person the contact person, linked to the client
   * @param key whether the person is a key person
   * @return the stored client card, unchanged if the flag already had that value
   * @throws AccessDeniedException if the user may not edit the client (for one the user may not
   *     see, the same answer as for one not stored); nothing is written
   * @throws InvalidValueException if the person is not linked to the client
   */
  public Versioned<Client> mark(UserId user, ClientId client, ContactPersonId person, boolean key) {
    Versioned<Client> stored = access.requireClient(user, client, Permission.EDIT);
    Optional<ClientContact> link = stored.value().contact(person);
    if (link.isEmpty()) {
      throw new InvalidValueException("key person " + person, client, "is not linked to this client");
    }
    List<ClientContact> links = new ArrayList<>();
    for (ClientContact contact : stored.value().contacts()) {
      links.add(contact.contactPerson().equals(person)
          ? ClientContact.builder().from(contact).keyPerson(key).build() : contact);
    }
    Client changed = Client.builder().from(stored.value()).contacts(links).build();
    return history.updateClient(user, changed, stored.version());
  }

  /** Builds a {@link KeyPersons}; settings are validated as they are given. */
  public static final class Builder {
    private final ServiceParts parts = new ServiceParts("KeyPersons");
    private CardHistory history;

    private Builder() {}

    /**
     * Sets the host's client base: its client and contact person stores (required).
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
     * Sets the card history, through which the key person flag is changed (required).
     *
     * @param value the card history
     * @return this builder
     * @throws InvalidValueException if {@code null} or already set
     */
    public Builder cardHistory(CardHistory value) {
      history = parts.checks().once("cardHistory", history, value);
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws MissingValuesException naming every required setting not set
     */
    public KeyPersons build() {
      parts.required(ServiceParts.CLIENTBASE, ServiceParts.ACCESS_POLICY).part("cardHistory", history).check();
      return new KeyPersons(this);
    }
  }
}
