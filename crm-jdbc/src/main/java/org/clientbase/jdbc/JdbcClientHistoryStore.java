package org.clientbase.jdbc;

import org.clientbase.core.client.Client;
import org.clientbase.core.id.ClientId;
import org.clientbase.spi.store.ClientHistoryStore;

/**
 * A {@link ClientHistoryStore} on table {@code client_revision}: one row per revision, the
 * changed fields as JSON, the whole card as JSON for creations and observed revisions.
 */
public final class JdbcClientHistoryStore extends JdbcCardHistoryStore<ClientId, Client>
    implements ClientHistoryStore {

  /**
   * Creates the store.
   *
   * @param db the database, migrated
   */
  public JdbcClientHistoryStore(JdbcDatabase db) {
    super(db, "ClientHistoryStore", "client_revision", "client_id", CardDocuments.CLIENT);
  }
}
