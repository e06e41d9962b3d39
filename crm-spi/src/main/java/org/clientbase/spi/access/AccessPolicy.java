package org.clientbase.spi.access;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.UserId;

/**
 * Decides which users may see and change which clients, e.g. by responsible manager, team or
 * role.
 *
 * <p>Every public operation of the library's services that takes a {@link UserId} acts on behalf
 * of that person and asks the policy about every client it touches: reads return only what the
 * user may see (lists, reports, counts and shares are computed over the visible clients only),
 * writes are refused before anything changes when a card they touch is not editable by the
 * user. Contact persons follow the clients they are linked to; records about a client (status,
 * facts, tasks, interactions, counterparties) follow their client. For a client the user may
 * not see, "not stored" and "not allowed" give the same answer.
 *
 * <p>Operations that take a {@link SystemActor} instead act for the host itself (the nightly
 * recalculation, index maintenance, automation) and do not consult the policy. Each service's
 * documentation lists which of its operations are which.
 *
 * <p>Must be a pure function of its arguments and the host's access rules, cheap to call, and
 * safe to call from several threads. Whoever may change a client may also see it:
 * {@code canEdit} implies {@code canView}.
 */
public interface AccessPolicy {

  /**
   * Tells whether a user may see a client.
   *
   * @param user the user
   * @param client the client
   * @return {@code true} if allowed
   */
  boolean canView(UserId user, Client client);

  /**
   * Tells whether a user may change a client.
   *
   * @param user the user
   * @param client the client
   * @return {@code true} if allowed
   */
  boolean canEdit(UserId user, Client client);

  /**
   * Returns a policy that allows everything, for hosts without access restrictions.
   *
   * @return the open policy
   */
  static AccessPolicy allowAll() {
    return new AccessPolicy() {
      @Override
      public boolean canView(UserId user, Client client) {
        return true;
      }

      @Override
      public boolean canEdit(UserId user, Client client) {
        return true;
      }
    };
  }
}
