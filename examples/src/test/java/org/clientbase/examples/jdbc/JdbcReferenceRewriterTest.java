package org.clientbase.examples.jdbc;

import java.util.List;
import java.util.Set;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.ReferenceRewriter;
import org.clientbase.testkit.contract.ReferenceRewriterContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcReferenceRewriter} keeps the {@link ReferenceRewriterContract} on H2 and on PostgreSQL. */
class JdbcReferenceRewriterTest {

  /** The contract over the host documents of one database. */
  abstract static class OnDatabase extends ReferenceRewriterContract {
    private HostDocuments documents;
    private int created;

    abstract JdbcDatabase database();

    @Override
    protected ReferenceRewriter newRewriter() {
      JdbcDatabase db = database();
      documents = new HostDocuments(db);
      return new JdbcReferenceRewriter(db);
    }

    @Override
    protected String createDocument(List<EntityId> references) {
      String id = "order-" + ++created;
      documents.add(id, "order", references);
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
