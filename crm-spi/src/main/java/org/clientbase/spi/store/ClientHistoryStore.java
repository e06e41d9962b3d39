package org.clientbase.spi.store;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;

/** Stores the change history of client cards, as {@link CardHistoryStore} describes. *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface ClientHistoryStore extends CardHistoryStore<ClientId, Client> {}
