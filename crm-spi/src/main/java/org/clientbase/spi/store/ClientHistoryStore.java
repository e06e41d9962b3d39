package org.clientbase.spi.store;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;

/** Stores the change history of client cards, as {@link CardHistoryStore} describes. */
public interface ClientHistoryStore extends CardHistoryStore<ClientId, Client> {}
