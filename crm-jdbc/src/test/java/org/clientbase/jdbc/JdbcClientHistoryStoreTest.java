package org.clientbase.jdbc;

import org.clientbase.spi.store.ClientHistoryStore;
import org.clientbase.testkit.contract.ClientHistoryStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcClientHistoryStore} keeps the {@link ClientHistoryStoreContract} on H2 and on PostgreSQL. */
class JdbcClientHistoryStoreTest {

  @Nested
  class OnH2 extends ClientHistoryStoreContract {
    @Override
    protected ClientHistoryStore newStore() {
      return new JdbcClientHistoryStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends ClientHistoryStoreContract {
    @Override
    protected ClientHistoryStore newStore() {
      return new JdbcClientHistoryStore(Databases.postgres());
    }
  }
}
