package org.clientbase.jdbc;

import org.clientbase.spi.store.PaymentStore;
import org.clientbase.testkit.contract.PaymentStoreContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcPaymentStore} keeps the {@link PaymentStoreContract} on H2 and on PostgreSQL. */
class JdbcPaymentStoreTest {

  @Nested
  class OnH2 extends PaymentStoreContract {
    @Override
    protected PaymentStore newStore() {
      return new JdbcPaymentStore(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends PaymentStoreContract {
    @Override
    protected PaymentStore newStore() {
      return new JdbcPaymentStore(Databases.postgres());
    }
  }
}
