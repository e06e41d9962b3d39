package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.clientbase.spi.IdGenerator;
import org.clientbase.testkit.contract.IdGeneratorContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcIdGenerator} keeps the {@link IdGeneratorContract} on H2 and on PostgreSQL, and
 * two generators on the same database (two processes) never hand out the same id.
 */
class JdbcIdGeneratorTest {

  @Test
  void idsReadAsTheEntityTypeAndANumber() {
    IdGenerator ids = new JdbcIdGenerator(Databases.h2(), 10);
    assertThat(ids.newClientId().value()).isEqualTo("client-1");
    assertThat(ids.newContactPersonId().value()).isEqualTo("contact-person-1");
    assertThat(ids.newClientId().value()).isEqualTo("client-2");
  }

  @Test
  void generatorsSharingADatabaseNeverRepeatAnId() {
    JdbcDatabase db = Databases.h2();
    IdGenerator first = new JdbcIdGenerator(db, 7);
    IdGenerator second = new JdbcIdGenerator(db, 5);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertThat(seen.add((i % 3 == 0 ? first : second).next("ClientId"))).isTrue();
    }
    IdGenerator afterRestart = new JdbcIdGenerator(db, 7);
    for (int i = 0; i < 50; i++) {
      assertThat(seen.add(afterRestart.next("ClientId"))).isTrue();
    }
  }

  @Nested
  class OnH2 extends IdGeneratorContract {
    @Override
    protected IdGenerator newIdGenerator() {
      return new JdbcIdGenerator(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends IdGeneratorContract {
    @Override
    protected IdGenerator newIdGenerator() {
      return new JdbcIdGenerator(Databases.postgres());
    }
  }
}
