package org.clientbase.spi.access;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.UserId;

/**
 * Decides which users may see and change which clients, e.g. by responsible manager, team or
 * role. The library's queries and writes on behalf of a user ask it for every client they touch.
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
