package org.clientbase.jdbc;

import org.clientbase.spi.store.ContactPersonStore;
import org.clientbase.testkit.contract.ContactPersonStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcContactPersonStore} keeps the {@link ContactPersonStoreContract} on H2 and on PostgreSQL. */
class JdbcContactPersonStoreTest {

  @Nested
  class OnH2 extends ContactPersonStoreContract {
    @Override
    protected ContactPersonStore newStore() {
      return new JdbcContactPersonStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends ContactPersonStoreContract {
    @Override
    protected ContactPersonStore newStore() {
      return new JdbcContactPersonStore(Databases.postgres());
    }
  }
}
