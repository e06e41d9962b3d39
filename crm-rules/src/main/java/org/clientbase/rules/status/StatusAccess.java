package org.clientbase.rules.status;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.UserId;
import org.clientbase.rules.access.AccessDeniedException;
import org.clientbase.rules.access.ClientAccess;
import org.clientbase.rules.access.Permission;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.access.AccessPolicy;
import org.clientbase.spi.store.ClientPages;

/**
 * What a user may do with a client in the status service, asked of the host's access policy
 * against the stored card. A client the user may not see gets the same refusal as one not stored.
 */
final class StatusAccess {
  private final ClientPages clients;
  private final AccessPolicy policy;

  StatusAccess(ClientPages clients, AccessPolicy policy) {
    this.clients = clients;
    this.policy = policy;
  }

  /** Refuses unless the client is stored and the user may see it and may do this with it. */
  void require(UserId user, ClientId client, Permission permission) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(client, "client");
    Optional<Versioned<Client>> stored = clients.find(client);
    if (stored.isEmpty() || !ClientAccess.allows(policy, user, stored.get().value(), Permission.VIEW)) {
      throw ClientAccess.hidden(user, permission, "client " + client);
    }
    if (!ClientAccess.allows(policy, user, stored.get().value(), permission)) {
      throw new AccessDeniedException(user, permission, "client " + client, "the access policy forbids it");
    }
  }

  /** The cards the user may see, for counting only those in a report. */
  Predicate<Client> visibleTo(UserId user) {
    Objects.requireNonNull(user, "user");
    return card -> card != null && ClientAccess.allows(policy, user, card, Permission.VIEW);
  }
}
