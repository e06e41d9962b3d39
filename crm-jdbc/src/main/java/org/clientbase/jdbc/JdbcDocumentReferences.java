package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.DocumentReferences;

/**
 * {@link DocumentReferences} over the host's documents of {@link HostDocuments}: a move
 * rewrites every reference to the merged card, as {@link JdbcReferenceRewriter} does, and
 * returns one key per changed document: the document's id, followed by {@code "|kept"} if the
 * document already named the survivor. A restore puts the merged card back into exactly those
 * documents and takes the survivor out of the ones that did not name it before, so an undone
 * merge leaves every document as it was. Moves and restores are idempotent.
 */
public final class JdbcDocumentReferences implements DocumentReferences {
  private static final String KEPT = "|kept";

  private final JdbcDatabase db;

  /**
   * Creates the references.
   *
   * @param db the database, migrated
   */
  public JdbcDocumentReferences(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public List<String> moveClient(ClientId merged, ClientId survivor) {
    return move("moveClient", merged, survivor);
  }

  @Override
  public List<String> moveContactPerson(ContactPersonId merged, ContactPersonId survivor) {
    return move("moveContactPerson", merged, survivor);
  }

  @Override
  public void restoreClient(Collection<String> documents, ClientId merged, ClientId survivor) {
    restore("restoreClient", documents, merged, survivor);
  }

  @Override
  public void restoreContactPerson(Collection<String> documents, ContactPersonId merged, ContactPersonId survivor) {
    restore("restoreContactPerson", documents, merged, survivor);
  }

  private List<String> move(String what, EntityId merged, EntityId survivor) {
    Objects.requireNonNull(survivor, "survivor");
    String mergedType = HostDocuments.typeOf(merged);
    String survivorType = HostDocuments.typeOf(survivor);
    return db.write("DocumentReferences." + what + " " + merged, connection -> {
      List<String> keys = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT r.document_id, CASE WHEN EXISTS ("
          + "SELECT 1 FROM host_document_reference x WHERE x.document_id = r.document_id"
          + " AND x.entity_type = ? AND x.entity_id = ?) THEN 1 ELSE 0 END"
          + " FROM host_document_reference r WHERE r.entity_type = ? AND r.entity_id = ? ORDER BY r.document_id")) {
        query.setString(1, survivorType);
        query.setString(2, survivor.value());
        query.setString(3, mergedType);
        query.setString(4, merged.value());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            keys.add(rows.getString(1) + (rows.getInt(2) == 1 ? KEPT : ""));
          }
        }
      }
      for (String key : keys) {
        String document = documentOf(key);
        if (!key.endsWith(KEPT)) {
          insert(connection, document, survivorType, survivor);
        }
        delete(connection, document, mergedType, merged);
      }
      return keys;
    });
  }

  private void restore(String what, Collection<String> documents, EntityId merged, EntityId survivor) {
    Objects.requireNonNull(survivor, "survivor");
    String mergedType = HostDocuments.typeOf(merged);
    String survivorType = HostDocuments.typeOf(survivor);
    List<String> keys = List.copyOf(documents);
    db.write("DocumentReferences." + what + " " + merged, connection -> {
      for (String key : keys) {
        String document = documentOf(key);
        if (!exists(connection, document, mergedType, merged)) {
          insert(connection, document, mergedType, merged);
        }
        if (!key.endsWith(KEPT)) {
          delete(connection, document, survivorType, survivor);
        }
      }
      return null;
    });
  }

  private static String documentOf(String key) {
    return key.endsWith(KEPT) ? key.substring(0, key.length() - KEPT.length()) : key;
  }

  private static boolean exists(Connection connection, String document, String type, EntityId id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM host_document_reference"
        + " WHERE document_id = ? AND entity_type = ? AND entity_id = ?")) {
      query.setString(1, document);
      query.setString(2, type);
      query.setString(3, id.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void insert(Connection connection, String document, String type, EntityId id) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_document_reference"
        + " (document_id, entity_type, entity_id) SELECT id, CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(128)) FROM host_document WHERE id = ?")) {
      insert.setString(1, type);
      insert.setString(2, id.value());
      insert.setString(3, document);
      insert.executeUpdate();
    }
  }

  private static void delete(Connection connection, String document, String type, EntityId id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM host_document_reference"
        + " WHERE document_id = ? AND entity_type = ? AND entity_id = ?")) {
      delete.setString(1, document);
      delete.setString(2, type);
      delete.setString(3, id.value());
      delete.executeUpdate();
    }
  }
}
