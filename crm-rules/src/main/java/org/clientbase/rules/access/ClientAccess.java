package org.clientbase.rules.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.client.Client;
import org.clientbase.core.client.ClientContact;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.ContactPersonStore;

/**
 * The one place where the services of the client base ask the host's {@link AccessPolicy}
 * whether a user may see or change a record. Stateless and thread-safe.
 *
 * <p>What is decided how:
 * <ul>
 *   <li>a <b>client</b>: by the policy ({@link AccessPolicy#canView}, {@link
 *       AccessPolicy#canEdit}); a user who may edit a client may also see it;</li>
 *   <li>a <b>contact person</b>: through the clients it is linked to. A user may see (edit) a
 *       contact person when they may see (edit) at least one of those clients. A contact person
 *       linked to no client belongs to nobody's part of the base and is open to every user
 *       ({@link #canContactPerson}, {@link #allowsContactPerson});</li>
 *   <li>a <b>new link</b> from a client to a contact person: the user must be allowed to edit
 *       the contact person as it is linked before the change, so linking never opens a card the
 *       user could not reach ({@link #requireNewLinks});</li>
 *   <li>records about clients and contact persons (tasks, interactions, counterparties) need
 *       every card they name, a contact person through a client it is linked to ({@link
 *       #canRecord}); the services that own them add their own rules (e.g. a task's responsible
 *       user may work on it).</li>
 * </ul>
 *
 * <p>No existence oracle: for a record the user may not see, "not stored" and "not allowed" give
 * the same answer, an {@link AccessDeniedException} whose message reads {@code manager-1 may not
 * view client c-2: not stored, or the access policy forbids it}. A record the user may see but
 * not change is refused with the reason {@code the access policy forbids it}.
 *
 * <p>Work done by the library for the host itself takes a {@link
 * org.clientbase.spi.access.SystemActor} instead of a user and does not come here.
 *
 * <pre>{@code
 * ClientAccess access = ClientAccess.of(policy, clientStore);
 * Versioned<Client> client = access.requireClient(user, ClientId.of("c-1"), Permission.EDIT);
 * // AccessDeniedException: manager-2 may not edit client c-1: the access policy forbids it
 * }</pre>
 */
public final class ClientAccess {
  private static final String FORBIDS = "the access policy forbids it";
  private static final String HIDDEN = "not stored, or the access policy forbids it";

  private final AccessPolicy policy;
  private final ClientStore clients;

  private ClientAccess(AccessPolicy policy, ClientStore clients) {
    this.policy = policy;
    this.clients = clients;
  }

  /**
   * Returns the access checks over a policy and the client store.
   *
   * @param policy the host's access policy
   * @param clients the client store, read for records given by id and for contact persons'
   *     links
   * @return the checks
   */
  public static ClientAccess of(AccessPolicy policy, ClientStore clients) {
    return new ClientAccess(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(clients, "clients"));
  }

  /**
   * Returns the host's policy.
   *
   * @return the policy
   */
  public AccessPolicy policy() {
    return policy;
  }

  /**
   * Tells whether a user may do something with a client.
   *
   * @param user the user
   * @param client the client
   * @param permission what the user wants to do
   * @return {@code true} if allowed; editing implies viewing
   */
  public boolean can(UserId user, Client client, Permission permission) {
    return allows(policy, user, client, permission);
  }

  /**
   * Tells whether a policy lets a user do something with a client: the rule every service
   * applies, for a service that reads clients through another store than a {@link ClientStore}.
   *
   * @param policy the host's policy
   * @param user the user
   * @param client the client
   * @param permission what the user wants to do
   * @return {@code true} if allowed; editing implies viewing
   */
  public static boolean allows(AccessPolicy policy, UserId user, Client client, Permission permission) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(client, "client");
    return permission == Permission.VIEW
        ? policy.canView(user, client) || policy.canEdit(user, client)
        : policy.canEdit(user, client);
  }

  /**
   * Requires a user to be allowed to do something with a client.
   *
   * @param user the user
   * @param client the client
   * @param permission what the user wants to do
   * @return the client
   * @throws AccessDeniedException if the policy forbids it; for a client the user may not see,
   *     with the same message as for one not stored
   */
  public Client require(UserId user, Client client, Permission permission) {
    if (!can(user, client, Permission.VIEW)) {
      throw hidden(user, permission, "client " + client.id());
    }
    if (!can(user, client, permission)) {
      throw new AccessDeniedException(user, permission, "client " + client.id(), FORBIDS);
    }
    return client;
  }

  /**
   * Reads a client and requires a user to be allowed to do something with it.
   *
   * @param user the user
   * @param client the client's id
   * @param permission what the user wants to do
   * @return the stored client
   * @throws AccessDeniedException if the policy forbids it, or the store holds no such client:
   *     both give the same message when the user may not see the client
   */
  public Versioned<Client> requireClient(UserId user, ClientId client, Permission permission) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(client, "client");
    Optional<Versioned<Client>> stored = clients.find(client);
    if (stored.isEmpty() || !can(user, stored.get().value(), Permission.VIEW)) {
      throw hidden(user, permission, "client " + client);
    }
    require(user, stored.get().value(), permission);
    return stored.get();
  }

  /**
   * Returns the refusal for a record a user may not see, the same whether it is stored or not.
   *
   * @param user the user
   * @param permission what the user asked to do
   * @param record the record, e.g. {@code "client c-2"}
   * @return the exception, to throw
   */
  public static AccessDeniedException hidden(UserId user, Permission permission, String record) {
    return new AccessDeniedException(user, permission, record, HIDDEN);
  }

  /**
   * Tells whether a user may do something with a contact person, through the clients it is
   * linked to.
   *
   * @param user the user
   * @param person the contact person
   * @param permission what the user wants to do
   * @return {@code true} if at least one linked client allows it, or no client is linked
   */
  public boolean canContactPerson(UserId user, ContactPersonId person, Permission permission) {
    Objects.requireNonNull(person, "person");
    return allowsContactPerson(user, clients.findByContactPerson(person), permission);
  }

  /**
   * Tells whether a user may do something with a contact person linked to the given clients.
   *
   * @param user the user
   * @param linked the clients the contact person is linked to
   * @param permission what the user wants to do
   * @return {@code true} if at least one of them allows it, or the list is empty
   */
  public boolean allowsContactPerson(UserId user, List<Client> linked, Permission permission) {
    Objects.requireNonNull(user, "user");
    if (linked.isEmpty()) {
      return true;
    }
    for (Client client : linked) {
      if (can(user, client, permission)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Requires a user to be allowed to do something with a contact person.
   *
   * @param user the user
   * @param person the contact person
   * @param permission what the user wants to do
   * @throws AccessDeniedException if no linked client allows it
   */
  public void requireContactPerson(UserId user, ContactPersonId person, Permission permission) {
    Objects.requireNonNull(person, "person");
    List<Client> linked = clients.findByContactPerson(person);
    if (!allowsContactPerson(user, linked, Permission.VIEW)) {
      throw hidden(user, permission, "contact person " + person);
    }
    if (!allowsContactPerson(user, linked, permission)) {
      throw new AccessDeniedException(user, permission, "contact person " + person,
          "the access policy forbids it for every client the person is linked to");
    }
  }

  /**
   * Requires a user to be allowed to edit every contact person a changed client card links to
   * and the stored card did not, judged by the links stored before the change. Linking a contact
   * person makes it reachable through the client, so a user may only link people who are stored
   * and whom they could already change.
   *
   * @param user the user
   * @param before the stored card, or {@code null} for a new card
   * @param after the card to be written
   * @param persons the contact person store, asked whether a newly linked person is stored
   * @throws AccessDeniedException if a newly linked contact person is not editable by the user;
   *     one the user may not see gets the same answer as one not stored
   */
  public void requireNewLinks(UserId user, Client before, Client after, ContactPersonStore persons) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(persons, "persons");
    for (ClientContact link : after.contacts()) {
      ContactPersonId person = link.contactPerson();
      if (before == null || before.contact(person).isEmpty()) {
        requireContactPerson(user, person, Permission.EDIT);
        if (persons.find(person).isEmpty()) {
          throw hidden(user, Permission.EDIT, "contact person " + person);
        }
      }
    }
  }

  /**
   * Tells whether a user may do something with a record that names clients and contact persons
   * (a task, an interaction, a counterparty): with every one of them. A client that is not
   * stored allows nothing; a contact person allows it through a client it is linked to, so one
   * linked to no client allows nothing here (a record could otherwise tell a user which people
   * are linked to clients they may not see).
   *
   * @param user the user
   * @param clients the clients the record names
   * @param persons the contact persons the record names
   * @param permission what the user wants to do
   * @return {@code true} if every named card allows it
   */
  public boolean canRecord(UserId user, Collection<ClientId> clients, Collection<ContactPersonId> persons,
      Permission permission) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(persons, "persons");
    if (!clients.isEmpty()) {
      Map<ClientId, Versioned<Client>> found = this.clients.findAll(clients);
      for (ClientId id : clients) {
        Versioned<Client> client = found.get(id);
        if (client == null || !can(user, client.value(), permission)) {
          return false;
        }
      }
    }
    for (ContactPersonId person : persons) {
      List<Client> linked = this.clients.findByContactPerson(person);
      if (linked.isEmpty() || !allowsContactPerson(user, linked, permission)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a user to be allowed to do something with a record that names clients and contact
   * persons: with every one of them.
   *
   * @param user the user
   * @param record the record, e.g. {@code "task t-1"}
   * @param clients the clients the record names
   * @param persons the contact persons the record names
   * @param permission what the user wants to do
   * @throws AccessDeniedException if a named card does not allow it; when the user may not even
   *     see the record, with the same message as for a record not stored
   */
  public void requireRecord(UserId user, String record, Collection<ClientId> clients,
      Collection<ContactPersonId> persons, Permission permission) {
    Objects.requireNonNull(record, "record");
    if (!canRecord(user, clients, persons, Permission.VIEW)) {
      throw hidden(user, permission, record);
    }
    if (permission == Permission.EDIT && !canRecord(user, clients, persons, Permission.EDIT)) {
      throw new AccessDeniedException(user, permission, record, FORBIDS);
    }
  }

  /**
   * Reads clients in one call and keeps those a user may see.
   *
   * @param user the user
   * @param ids the clients' ids
   * @return the visible clients found, by id, in the order asked
   */
  public Map<ClientId, Client> visible(UserId user, Collection<ClientId> ids) {
    Objects.requireNonNull(user, "user");
    Map<ClientId, Client> result = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Map<ClientId, Versioned<Client>> found = clients.findAll(ids);
    for (ClientId id : ids) {
      Versioned<Client> client = found.get(id);
      if (client != null && can(user, client.value(), Permission.VIEW)) {
        result.put(id, client.value());
      }
    }
    return result;
  }
}
