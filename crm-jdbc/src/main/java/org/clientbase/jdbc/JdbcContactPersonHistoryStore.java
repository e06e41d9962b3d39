package org.clientbase.jdbc;

import org.clientbase.core.client.ContactPerson;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.spi.store.ContactPersonHistoryStore;

/**
 * A {@link ContactPersonHistoryStore} on table {@code contact_person_revision}: one row per revision, the
 * changed fields as JSON, the whole card as JSON for creations and observed revisions.
 */
public final class JdbcContactPersonHistoryStore extends JdbcCardHistoryStore<ContactPersonId, ContactPerson>
    implements ContactPersonHistoryStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcContactPersonHistoryStore(JdbcDatabase db) {
    super(db, "ContactPersonHistoryStore", "contact_person_revision", "contact_person_id",
        CardDocuments.CONTACT_PERSON);
  }
}
