package org.clientbase.spi.store;

import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ContactPersonId;

/** Stores the change history of contact person cards, as {@link CardHistoryStore} describes. */
public interface ContactPersonHistoryStore extends CardHistoryStore<ContactPersonId, ContactPerson> {}
