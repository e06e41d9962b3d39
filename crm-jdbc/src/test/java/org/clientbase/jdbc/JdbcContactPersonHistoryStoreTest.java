package org.clientbase.jdbc;

import org.clientbase.spi.store.ContactPersonHistoryStore;
import org.clientbase.testkit.contract.ContactPersonHistoryStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcContactPersonHistoryStore} keeps the {@link ContactPersonHistoryStoreContract} on H2 and on PostgreSQL. */
class JdbcContactPersonHistoryStoreTest {

  @Nested
  class OnH2 extends ContactPersonHistoryStoreContract {
    @Override
    protected ContactPersonHistoryStore newStore() {
      return new JdbcContactPersonHistoryStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends ContactPersonHistoryStoreContract {
    @Override
    protected ContactPersonHistoryStore newStore() {
      return new JdbcContactPersonHistoryStore(Databases.postgres());
    }
  }
}
