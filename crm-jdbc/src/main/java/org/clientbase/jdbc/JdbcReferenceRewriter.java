package org.clientbase.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.List;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.ReferenceRewriter;

/**
 * A {@link ReferenceRewriter} over the host's documents of {@link HostDocuments}. Each call is
 * a few set-based statements in the running unit of work (or a transaction of its own): add the
 * new reference to every document that names the old entity and lacks the new one, then delete
 * the old references; the number deleted is the number of documents rewritten. A second call
 * finds no old reference left and returns 0.
 */
public final class JdbcReferenceRewriter implements ReferenceRewriter {
  private final JdbcDatabase db;

  /**
   * Creates the rewriter.
   *
   * @param db the database, migrated
   */
  public JdbcReferenceRewriter(JdbcDatabase db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public int replaceLead(LeadId lead, ClientId client) {
    return replaceLead(lead, List.of(Objects.requireNonNull(client, "client")));
  }

  @Override
  public int replaceLead(LeadId lead, ClientId client, ContactPersonId contactPerson) {
    return replaceLead(lead, List.of(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(contactPerson, "contactPerson")));
  }

  private int replaceLead(LeadId lead, List<EntityId> replacements) {
    return db.write("ReferenceRewriter.replaceLead " + lead, connection -> {
      for (EntityId replacement : replacements) {
        addWhereReferenced(connection, lead, replacement);
      }
      return delete(connection, lead);
    });
  }

  @Override
  public int replaceClient(ClientId merged, ClientId survivor) {
    return replace("replaceClient", merged, survivor);
  }

  @Override
  public int replaceContactPerson(ContactPersonId merged, ContactPersonId survivor) {
    return replace("replaceContactPerson", merged, survivor);
  }

  private int replace(String what, EntityId merged, EntityId survivor) {
    Objects.requireNonNull(survivor, "survivor");
    if (merged.equals(survivor)) {
      return 0;
    }
    return db.write("ReferenceRewriter." + what + " " + merged, connection -> {
      addWhereReferenced(connection, merged, survivor);
      return delete(connection, merged);
    });
  }

  /** Adds a reference to {@code added} to every document that names {@code old} and not it. */
  private static void addWhereReferenced(Connection connection, EntityId old, EntityId added) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO host_document_reference (document_id, entity_type, entity_id)"
            + " SELECT r.document_id, CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(128))"
            + " FROM host_document_reference r WHERE r.entity_type = ? AND r.entity_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM host_document_reference x WHERE x.document_id = r.document_id"
            + " AND x.entity_type = ? AND x.entity_id = ?)")) {
      String addedType = HostDocuments.typeOf(added);
      insert.setString(1, addedType);
      insert.setString(2, added.value());
      insert.setString(3, HostDocuments.typeOf(old));
      insert.setString(4, old.value());
      insert.setString(5, addedType);
      insert.setString(6, added.value());
      insert.executeUpdate();
    }
  }

  private static int delete(Connection connection, EntityId old) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM host_document_reference WHERE entity_type = ? AND entity_id = ?")) {
      delete.setString(1, HostDocuments.typeOf(old));
      delete.setString(2, old.value());
      return delete.executeUpdate();
    }
  }
}
