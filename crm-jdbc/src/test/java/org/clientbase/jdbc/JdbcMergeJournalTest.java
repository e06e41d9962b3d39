package org.clientbase.jdbc;

import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.testkit.contract.MergeJournalContract;
import org.junit.jupiter.api.Nested;

/** {@link JdbcMergeJournal} keeps the {@link MergeJournalContract} on H2 and on PostgreSQL. */
class JdbcMergeJournalTest {

  @Nested
  class OnH2 extends MergeJournalContract {
    @Override
    protected MergeJournal newStore() {
      return new JdbcMergeJournal(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends MergeJournalContract {
    @Override
    protected MergeJournal newStore() {
      return new JdbcMergeJournal(Databases.postgres());
    }
  }
}
