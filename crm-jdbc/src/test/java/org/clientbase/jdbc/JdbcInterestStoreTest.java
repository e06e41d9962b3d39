package org.clientbase.jdbc;

import org.clientbase.spi.store.InterestStore;
import org.clientbase.testkit.contract.InterestStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcInterestStore} keeps the {@link InterestStoreContract} on H2 and on PostgreSQL. */
class JdbcInterestStoreTest {

  @Nested
  class OnH2 extends InterestStoreContract {
    @Override
    protected InterestStore newStore() {
      return new JdbcInterestStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends InterestStoreContract {
    @Override
    protected InterestStore newStore() {
      return new JdbcInterestStore(Databases.postgres());
    }
  }
}
