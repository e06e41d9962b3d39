package org.clientbase.jdbc;

import org.clientbase.spi.store.InteractionStore;
import org.clientbase.testkit.contract.InteractionStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcInteractionStore} keeps the {@link InteractionStoreContract} on H2 and on PostgreSQL. */
class JdbcInteractionStoreTest {

  @Nested
  class OnH2 extends InteractionStoreContract {
    @Override
    protected InteractionStore newStore() {
      return new JdbcInteractionStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends InteractionStoreContract {
    @Override
    protected InteractionStore newStore() {
      return new JdbcInteractionStore(Databases.postgres());
    }
  }
}
