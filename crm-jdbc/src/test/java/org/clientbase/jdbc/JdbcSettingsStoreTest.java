package org.clientbase.jdbc;

import org.clientbase.spi.store.SettingsStore;
import org.clientbase.testkit.contract.SettingsStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcSettingsStore} keeps the {@link SettingsStoreContract} on H2 and on PostgreSQL. */
class JdbcSettingsStoreTest {

  @Nested
  class OnH2 extends SettingsStoreContract {
    @Override
    protected SettingsStore newStore() {
      return new JdbcSettingsStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends SettingsStoreContract {
    @Override
    protected SettingsStore newStore() {
      return new JdbcSettingsStore(Databases.postgres());
    }
  }
}
