/**
 * Access restriction: every query and write of the client base services goes through the
 * host's {@link org.clientbase.spi.access.AccessPolicy} (by responsible manager, team or role,
 * as the host decides).
 *
 * <p>{@link org.clientbase.rules.access.ClientAccess} is the one place that asks the policy,
 * and decides contact persons through the clients they are linked to;
 * {@link org.clientbase.rules.access.RestrictedClients} answers queries over the client store
 * with only the clients a user may see; a refused write throws
 * {@link org.clientbase.rules.access.AccessDeniedException} before anything is written.
 */
package org.clientbase.rules.access;
