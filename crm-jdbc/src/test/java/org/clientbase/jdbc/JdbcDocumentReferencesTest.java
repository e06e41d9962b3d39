package org.clientbase.jdbc;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.matching.DocumentReferences;
import org.clientbase.testkit.contract.DocumentReferencesContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcDocumentReferences} keeps the {@link DocumentReferencesContract} on H2 and on PostgreSQL. */
class JdbcDocumentReferencesTest {

  /** The contract over the host documents of one database. */
  abstract static class OnDatabase extends DocumentReferencesContract {
    private final HostDocumentsFixture documents;

    OnDatabase(Supplier<JdbcDatabase> database) {
      documents = new HostDocumentsFixture(database, "invoice");
    }

    @Override
    protected DocumentReferences newReferences() {
      return new JdbcDocumentReferences(documents.newTest());
    }

    @Override
    protected String createDocument(List<EntityId> references) {
      return documents.create(references);
    }

    @Override
    protected Set<EntityId> referencesOf(String document) {
      return documents.referencesOf(document);
    }
  }

  @Nested
  class OnH2 extends OnDatabase {
    OnH2() {
      super(Databases::h2);
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    OnPostgreSql() {
      super(Databases::postgres);
    }
  }
}
