package org.clientbase.jdbc;

import org.clientbase.spi.store.LeadStore;
import org.clientbase.testkit.contract.LeadStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcLeadStore} keeps the {@link LeadStoreContract} on H2 and on PostgreSQL. */
class JdbcLeadStoreTest {

  @Nested
  class OnH2 extends LeadStoreContract {
    @Override
    protected LeadStore newStore() {
      return new JdbcLeadStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends LeadStoreContract {
    @Override
    protected LeadStore newStore() {
      return new JdbcLeadStore(Databases.postgres());
    }
  }
}
