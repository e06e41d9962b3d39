package org.clientbase.jdbc;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.clientbase.core.id.EntityId;

/**
 * The host documents the reference contracts create and read back, on one database: each test
 * starts on the database emptied, and its documents are numbered {@code <kind>-1},
 * {@code <kind>-2}, ...
 */
final class HostDocumentsFixture {
  private final Supplier<JdbcDatabase> database;
  private final String kind;
  private HostDocuments documents;
  private int created;

  /**
   * @param database gives the database, emptied, once per test
   * @param kind what the documents are, e.g. {@code "order"}
   */
  HostDocumentsFixture(Supplier<JdbcDatabase> database, String kind) {
    this.database = database;
    this.kind = kind;
  }

  /** Returns the database of a new test, emptied, where the documents go from now on. */
  JdbcDatabase newTest() {
    JdbcDatabase db = database.get();
    documents = new HostDocuments(db);
    return db;
  }

  /** Creates a document that references the entities; returns its id. */
  String create(List<EntityId> references) {
    String id = kind + "-" + ++created;
    documents.add(id, kind, references);
    return id;
  }

  /** Returns the references a document holds now. */
  Set<EntityId> referencesOf(String document) {
    return documents.references(document);
  }
}
