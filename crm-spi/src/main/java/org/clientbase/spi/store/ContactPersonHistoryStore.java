package org.clientbase.spi.store;

import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ContactPersonId;

/** Stores the change history of contact person cards, as {@link CardHistoryStore} describes. *
 * <p><b>Threads.</b> The library calls it from several threads at once (batch workers beside
 * the host's own requests); an implementation must be safe for that, and a read sees every
 * write that returned before it.
 */
public interface ContactPersonHistoryStore extends CardHistoryStore<ContactPersonId, ContactPerson> {}
