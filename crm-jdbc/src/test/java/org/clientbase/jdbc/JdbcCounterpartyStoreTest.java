package org.clientbase.jdbc;

import org.clientbase.spi.store.CounterpartyStore;
import org.clientbase.testkit.contract.CounterpartyStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcCounterpartyStore} keeps the {@link CounterpartyStoreContract} on H2 and on PostgreSQL. */
class JdbcCounterpartyStoreTest {

  @Nested
  class OnH2 extends CounterpartyStoreContract {
    @Override
    protected CounterpartyStore newStore() {
      return new JdbcCounterpartyStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends CounterpartyStoreContract {
    @Override
    protected CounterpartyStore newStore() {
      return new JdbcCounterpartyStore(Databases.postgres());
    }
  }
}
