package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clientbase.core.Checks;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;

/**
 * The host application's own documents (orders, invoices, ...) in tables {@code host_document}
 * and {@code host_document_reference}: which leads, clients and contact persons each document
 * names. {@link JdbcReferenceRewriter} rewrites these references when a lead is converted or
 * duplicates are merged. A real host has its own tables; this pair stands for them.
 */
public final class HostDocuments {
  private static final Map<Class<?>, String> TYPES =
      Map.of(LeadId.class, "LEAD", ClientId.class, "CLIENT", ContactPersonId.class, "CONTACT_PERSON");

  private final JdbcDatabase db;

  /**
   * Creates the registry.
   *
   * @param db the database, migrated
   */
  public HostDocuments(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Stores a document with the references it holds.
   *
   * @param id the document's id, not stored yet
   * @param kind what the document is, e.g. {@code "order"}
   * @param references the leads, clients and contact persons it names
   */
  public void add(String id, String kind, Collection<? extends EntityId> references) {
    Checks.requireText("HostDocuments id", id);
    Checks.requireText("HostDocuments kind", kind);
    Set<EntityId> refs = new LinkedHashSet<>(references);
    refs.forEach(HostDocuments::typeOf);
    db.write("HostDocuments.add " + id, connection -> {
      try (PreparedStatement document =
          connection.prepareStatement("INSERT INTO host_document (id, kind) VALUES (?, ?)")) {
        document.setString(1, id);
        document.setString(2, kind);
        document.executeUpdate();
      }
      try (PreparedStatement reference = connection.prepareStatement(
          "INSERT INTO host_document_reference (document_id, entity_type, entity_id) VALUES (?, ?, ?)")) {
        for (EntityId ref : refs) {
          reference.setString(1, id);
          reference.setString(2, typeOf(ref));
          reference.setString(3, ref.value());
          reference.addBatch();
        }
        reference.executeBatch();
      }
      return null;
    });
  }

  /**
   * Returns the references a document holds now.
   *
   * @param id the document's id
   * @return the leads, clients and contact persons it names; empty for an unknown document
   */
  public Set<EntityId> references(String id) {
    return db.read("HostDocuments.references " + id, connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT entity_type, entity_id"
          + " FROM host_document_reference WHERE document_id = ? ORDER BY entity_type, entity_id")) {
        query.setString(1, id);
        Set<EntityId> references = new LinkedHashSet<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            references.add(idOf(rows.getString(1), rows.getString(2)));
          }
        }
        return references;
      }
    });
  }

  /** Returns the stored type of a referenced entity. */
  static String typeOf(EntityId id) {
    String type = TYPES.get(id.getClass());
    if (type == null) {
      throw new InvalidValueException("host document reference", id,
          "must be a lead, client or contact person, is a " + id.getClass().getSimpleName());
    }
    return type;
  }

  private static EntityId idOf(String type, String value) {
    return switch (type) {
      case "LEAD" -> LeadId.of(value);
      case "CLIENT" -> ClientId.of(value);
      case "CONTACT_PERSON" -> ContactPersonId.of(value);
      default -> throw new JdbcStoreException("Stored reference type " + type + " is unknown");
    };
  }
}
