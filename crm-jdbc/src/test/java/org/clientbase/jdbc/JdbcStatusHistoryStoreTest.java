package org.clientbase.jdbc;

import org.clientbase.spi.store.StatusHistoryStore;
import org.clientbase.testkit.contract.StatusHistoryStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcStatusHistoryStore} keeps the {@link StatusHistoryStoreContract} on H2 and on PostgreSQL. */
class JdbcStatusHistoryStoreTest {

  @Nested
  class OnH2 extends StatusHistoryStoreContract {
    @Override
    protected StatusHistoryStore newStore() {
      return new JdbcStatusHistoryStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends StatusHistoryStoreContract {
    @Override
    protected StatusHistoryStore newStore() {
      return new JdbcStatusHistoryStore(Databases.postgres());
    }
  }
}
