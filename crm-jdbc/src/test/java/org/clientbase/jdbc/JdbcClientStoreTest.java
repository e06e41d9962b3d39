package org.clientbase.jdbc;

import org.clientbase.spi.store.ClientStore;
import org.clientbase.testkit.contract.ClientStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcClientStore} keeps the {@link ClientStoreContract} on H2 and on PostgreSQL. */
class JdbcClientStoreTest {

  @Nested
  class OnH2 extends ClientStoreContract {
    @Override
    protected ClientStore newStore() {
      return new JdbcClientStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends ClientStoreContract {
    @Override
    protected ClientStore newStore() {
      return new JdbcClientStore(Databases.postgres());
    }
  }
}
