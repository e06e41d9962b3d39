package org.clientbase.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.testkit.contract.ContractFixtures;
import org.clientbase.testkit.contract.UnitOfWorkContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcUnitOfWork} keeps the {@link UnitOfWorkContract} on H2 and on PostgreSQL, and a
 * store call that fails inside a unit of work undoes only its own writes.
 */
class JdbcUnitOfWorkTest {

  static UnitOfWorkContract.Fixture fixture(JdbcDatabase db) {
    return new UnitOfWorkContract.Fixture(new JdbcUnitOfWork(db), new JdbcLeadStore(db), new JdbcClientStore(db));
  }

  /** What a host relies on beyond the contract, on one database. */
  abstract static class Behaviour {
    abstract JdbcDatabase database();

    @Test
    void aRejectedStoreCallInsideAUnitOfWorkUndoesOnlyItselfAndTheWorkCanGoOn() {
      JdbcDatabase db = database();
      JdbcClientbase crm = JdbcClientbase.on(db);
      crm.clientStore().insert(ContractFixtures.client("c-1", 0));
      String result = crm.unitOfWork().execute(() -> {
        crm.leadStore().insert(ContractFixtures.lead("l-1", 0));
        assertThatThrownBy(() -> crm.clientStore().insert(ContractFixtures.client("c-1", 1)))
            .isInstanceOf(DuplicateIdException.class);
        assertThatThrownBy(() -> crm.clientStore().update(ContractFixtures.client("c-1", 2), 7))
            .isInstanceOf(StaleWriteException.class);
        crm.clientStore().update(ContractFixtures.client("c-1", 3), 1);
        return "committed";
      });
      assertThat(result).isEqualTo("committed");
      assertThat(crm.leadStore().find(LeadId.of("l-1"))).isPresent();
      assertThat(crm.clientStore().find(ClientId.of("c-1")))
          .contains(new Versioned<>(ContractFixtures.client("c-1", 3), 2));
    }

    @Test
    void aUnitOfWorkStartedInsideAnotherJoinsIt() {
      JdbcDatabase db = database();
      JdbcClientbase crm = JdbcClientbase.on(db);
      assertThatThrownBy(() -> crm.unitOfWork().execute(() -> {
        crm.unitOfWork().execute(() -> crm.clientStore().insert(ContractFixtures.client("c-1", 0)));
        throw new IllegalStateException("outer work fails");
      })).hasMessage("outer work fails");
      assertThat(crm.clientStore().count()).isZero();
    }

    @Test
    void readsInsideAUnitOfWorkSeeItsOwnWritesAndOthersSeeThemOnlyAfterTheCommit() {
      JdbcDatabase db = database();
      JdbcClientbase crm = JdbcClientbase.on(db);
      crm.unitOfWork().execute(() -> {
        crm.clientStore().insert(ContractFixtures.client("c-1", 0));
        assertThat(crm.clientStore().page(5)).hasSize(1);
        Optional<Versioned<?>> seenElsewhere = inAnotherThread(() -> crm.clientStore().find(ClientId.of("c-1")));
        assertThat(seenElsewhere).isEmpty();
        return null;
      });
      assertThat(crm.clientStore().findAll(List.of(ClientId.of("c-1")))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Versioned<?>> inAnotherThread(java.util.function.Supplier<Optional<?>> read) {
      Object[] result = new Object[1];
      Thread thread = new Thread(() -> result[0] = read.get());
      thread.start();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      return (Optional<Versioned<?>>) result[0];
    }
  }

  @Nested
  class OnH2 extends UnitOfWorkContract {
    @Override
    protected Fixture newFixture() {
      return fixture(Databases.h2());
    }
  }

  @Nested
  class OnPostgreSql extends UnitOfWorkContract {
    @Override
    protected Fixture newFixture() {
      return fixture(Databases.postgres());
    }
  }

  @Nested
  class BehaviourOnH2 extends Behaviour {
    @Override
    JdbcDatabase database() {
      return Databases.h2();
    }
  }

  @Nested
  class BehaviourOnPostgreSql extends Behaviour {
    @Override
    JdbcDatabase database() {
      return Databases.postgres();
    }
  }
}
