package org.clientbase.rules.matching.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientStore;

/**
 * Which matched cards a user may see: a client by the host's policy, a contact person through
 * the clients it is linked to, a lead always (leads belong to no client). The system sees every
 * card. Stateless and thread-safe.
 */
public final class Visibility {
  private static final Predicate<EntityId> ALL = id -> true;
  private final ClientAccess access;
  private final ClientStore clients;

  /**
   * Creates the rule over the access checks.
   *
   * @param access the access checks
   * @param clients the client store, read for the clients' cards
   */
  public Visibility(ClientAccess access, ClientStore clients) {
    this.access = Objects.requireNonNull(access, "access");
    this.clients = Objects.requireNonNull(clients, "clients");
  }

  /**
   * Returns the cards a user may see.
   *
   * @param user the user
   * @return a test of a card's id: {@code true} if the user may see the card
   */
  public Predicate<EntityId> of(UserId user) {
    Objects.requireNonNull(user, "user");
    return id -> visible(user, id);
  }

  /**
   * Returns every card: what the system sees.
   *
   * @return a test that accepts every card
   */
  public static Predicate<EntityId> all() {
    return ALL;
  }

  private boolean visible(UserId user, EntityId id) {
    if (id instanceof ClientId client) {
      Optional<Versioned<Client>> stored = clients.find(client);
      return stored.isPresent() && access.can(user, stored.get().value(), Permission.VIEW);
    }
    if (id instanceof ContactPersonId person) {
      return access.canContactPerson(user, person, Permission.VIEW);
    }
    return true;
  }
}
