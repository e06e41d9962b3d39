package org.clientbase.examples.jdbc;

import java.util.List;
import java.util.Set;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.testkit.contract.DocumentReferencesContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcDocumentReferences} keeps the {@link DocumentReferencesContract} on H2 and on PostgreSQL. */
class JdbcDocumentReferencesTest {

  /** The contract over the host documents of one database. */
  abstract static class OnDatabase extends DocumentReferencesContract {
    private HostDocuments documents;
    private int created;

    abstract JdbcDatabase database();

    @Override
    protected DocumentReferences newReferences() {
      JdbcDatabase db = database();
      documents = new HostDocuments(db);
      return new JdbcDocumentReferences(db);
    }

    @Override
    protected String createDocument(List<EntityId> references) {
      String id = "invoice-" + ++created;
      documents.add(id, "invoice", references);
      return id;
    }

    @Override
    protected Set<EntityId> referencesOf(String document) {
      return documents.references(document);
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
