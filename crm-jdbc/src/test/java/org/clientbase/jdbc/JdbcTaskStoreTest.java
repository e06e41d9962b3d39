package org.clientbase.jdbc;

import org.clientbase.spi.store.TaskStore;
import org.clientbase.testkit.contract.TaskStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcTaskStore} keeps the {@link TaskStoreContract} on H2 and on PostgreSQL. */
class JdbcTaskStoreTest {

  @Nested
  class OnH2 extends TaskStoreContract {
    @Override
    protected TaskStore newStore() {
      return new JdbcTaskStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends TaskStoreContract {
    @Override
    protected TaskStore newStore() {
      return new JdbcTaskStore(Databases.postgres());
    }
  }
}
