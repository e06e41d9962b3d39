package org.clientbase.jdbc;

import org.clientbase.spi.matching.MatchKeyIndex;
import org.clientbase.testkit.contract.MatchKeyIndexContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcMatchKeyIndex} keeps the {@link MatchKeyIndexContract} on H2 and on PostgreSQL. */
class JdbcMatchKeyIndexTest {

  @Nested
  class OnH2 extends MatchKeyIndexContract {
    @Override
    protected MatchKeyIndex newIndex() {
      return new JdbcMatchKeyIndex(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends MatchKeyIndexContract {
    @Override
    protected MatchKeyIndex newIndex() {
      return new JdbcMatchKeyIndex(Databases.postgres());
    }
  }
}
