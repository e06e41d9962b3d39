package org.clientbase.jdbc;

import org.clientbase.spi.store.ShipmentStore;
import org.clientbase.testkit.contract.ShipmentStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcShipmentStore} keeps the {@link ShipmentStoreContract} on H2 and on PostgreSQL. */
class JdbcShipmentStoreTest {

  @Nested
  class OnH2 extends ShipmentStoreContract {
    @Override
    protected ShipmentStore newStore() {
      return new JdbcShipmentStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends ShipmentStoreContract {
    @Override
    protected ShipmentStore newStore() {
      return new JdbcShipmentStore(Databases.postgres());
    }
  }
}
