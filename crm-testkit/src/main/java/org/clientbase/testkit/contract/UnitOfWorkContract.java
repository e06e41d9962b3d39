package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.lead.Lead;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.ClientStore;
import org.clientbase.spi.store.LeadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link UnitOfWork} together with the stores it protects. Extend it and
 * implement {@link #newFixture()}, returning a unit of work and a lead and a client store that
 * take part in it.
 *
 * <p>Checks that:
 * <ul>
 *   <li>if the work returns, its result is returned and every write stays;</li>
 *   <li>if the work throws, the very exception reaches the caller and every write made inside
 *       it is undone: inserts disappear (so the id can be inserted again), updates are back at
 *       their old value and version (so an update from the old version succeeds), across both
 *       stores, also when the failure is a {@link StaleWriteException} of a store;</li>
 *   <li>units of work running on several threads at once, some failing, keep exactly the
 *       writes of those that returned.</li>
 * </ul>
 */
public abstract class UnitOfWorkContract {
  private Fixture fixture;

  /** Creates the contract; called by the host's test class. */
  protected UnitOfWorkContract() {}

  /**
   * A unit of work with stores that take part in it.
   *
   * @param unitOfWork the unit of work
   * @param leads a lead store, empty, taking part in the unit of work
   * @param clients a client store, empty, taking part in the unit of work
   */
  public record Fixture(UnitOfWork unitOfWork, LeadStore leads, ClientStore clients) {
    /**
     * Checks the parts.
     *
     * @param unitOfWork the unit of work
     * @param leads the lead store
     * @param clients the client store
     */
    public Fixture {
      Objects.requireNonNull(unitOfWork, "unitOfWork");
      Objects.requireNonNull(leads, "leads");
      Objects.requireNonNull(clients, "clients");
    }
  }

  /**
   * Returns a unit of work and empty stores taking part in it, used by one test.
   *
   * @return the fixture
   */
  protected abstract Fixture newFixture();

  /**
   * Releases a fixture after its test; does nothing unless overridden.
   *
   * @param fixture the fixture the test used
   */
  protected void releaseFixture(Fixture fixture) {}

  @BeforeEach
  final void createFixture() {
    fixture = newFixture();
    assertThat(fixture.leads().count()).as("newFixture() must give an empty lead store").isZero();
    assertThat(fixture.clients().count()).as("newFixture() must give an empty client store").isZero();
  }

  @AfterEach
  final void disposeFixture() {
    releaseFixture(fixture);
  }

  /** A failure only the test throws. */
  private static final class WorkFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkFailed() {
      super("work failed on purpose");
    }
  }

  private UnitOfWork unitOfWork() {
    return fixture.unitOfWork();
  }

  private LeadStore leads() {
    return fixture.leads();
  }

  private ClientStore clients() {
    return fixture.clients();
  }

  @Test
  void workThatReturnsKeepsEveryWriteAndItsResult() {
    leads().insert(ContractFixtures.lead("l-1", 0));
    String result = unitOfWork().execute(() -> {
      leads().update(ContractFixtures.lead("l-1", 1), 1);
      clients().insert(ContractFixtures.client("c-1", 0));
      clients().insert(ContractFixtures.client("c-2", 0));
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(leads().find(LeadId.of("l-1"))).contains(new Versioned<>(ContractFixtures.lead("l-1", 1), 2));
    assertThat(clients().count()).isEqualTo(2);
  }

  @Test
  void workThatThrowsUndoesItsInserts() {
    WorkFailed failure = new WorkFailed();
    assertThatThrownBy(() -> unitOfWork().execute(() -> {
      leads().insert(ContractFixtures.lead("l-1", 0));
      clients().insert(ContractFixtures.client("c-1", 0));
      throw failure;
    })).isSameAs(failure);
    assertThat(leads().find(LeadId.of("l-1"))).isEmpty();
    assertThat(clients().find(ClientId.of("c-1"))).isEmpty();
    assertThat(leads().count()).isZero();
    assertThat(clients().page(10)).isEmpty();
    assertThat(clients().insert(ContractFixtures.client("c-1", 3)).version()).isEqualTo(1);
  }

  @Test
  void workThatThrowsUndoesItsUpdates() {
    leads().insert(ContractFixtures.lead("l-1", 0));
    clients().insert(ContractFixtures.client("c-1", 0));
    clients().update(ContractFixtures.client("c-1", 1), 1);
    WorkFailed failure = new WorkFailed();
    assertThatThrownBy(() -> unitOfWork().execute(() -> {
      leads().update(ContractFixtures.lead("l-1", 1), 1);
      leads().update(ContractFixtures.lead("l-1", 2), 2);
      clients().update(ContractFixtures.client("c-1", 2), 2);
      throw failure;
    })).isSameAs(failure);
    assertThat(leads().find(LeadId.of("l-1"))).contains(new Versioned<>(ContractFixtures.lead("l-1", 0), 1));
    assertThat(clients().find(ClientId.of("c-1"))).contains(new Versioned<>(ContractFixtures.client("c-1", 1), 2));
    assertThat(leads().findByPhone(ContractFixtures.phone(2))).isEmpty();
    assertThat(leads().findByPhone(ContractFixtures.phone(0))).extracting(Lead::id).containsExactly(LeadId.of("l-1"));
    assertThat(leads().update(ContractFixtures.lead("l-1", 5), 1).version()).isEqualTo(2);
  }

  @Test
  void aStaleWriteInsideTheWorkUndoesTheWritesBeforeIt() {
    leads().insert(ContractFixtures.lead("l-1", 0));
    leads().update(ContractFixtures.lead("l-1", 1), 1);
    assertThatThrownBy(() -> unitOfWork().execute(() -> {
      clients().insert(ContractFixtures.client("c-1", 0));
      Lead converted = Lead.builder().from(ContractFixtures.lead("l-1", 2)).linkedClient(ClientId.of("c-1")).build();
      return leads().update(converted, 1);
    })).isInstanceOf(StaleWriteException.class);
    assertThat(clients().find(ClientId.of("c-1"))).isEmpty();
    assertThat(leads().find(LeadId.of("l-1"))).contains(new Versioned<>(ContractFixtures.lead("l-1", 1), 2));
  }

  @Test
  void aWorkAfterAFailedOneStartsClean() {
    assertThatThrownBy(() -> unitOfWork().execute(() -> {
      clients().insert(ContractFixtures.client("c-1", 0));
      throw new WorkFailed();
    })).isInstanceOf(WorkFailed.class);
    unitOfWork().execute(() -> clients().insert(ContractFixtures.client("c-2", 0)));
    assertThatThrownBy(() -> unitOfWork().execute(() -> {
      clients().insert(ContractFixtures.client("c-3", 0));
      throw new WorkFailed();
    })).isInstanceOf(WorkFailed.class);
    assertThat(clients().page(10)).extracting(v -> v.value().id())
        .containsExactly(ClientId.of("c-2"));
  }

  @Test
  void concurrentUnitsOfWorkKeepExactlyTheWritesOfThoseThatReturned() {
    int threads = 8;
    int rounds = 10;
    List<Race.Outcome<Integer>> outcomes = Race.run(threads, t -> () -> {
      int kept = 0;
      for (int r = 0; r < rounds; r++) {
        String suffix = t + "-" + r;
        boolean fail = (t + r) % 2 == 0;
        try {
          unitOfWork().execute(() -> {
            clients().insert(ContractFixtures.client("c-" + suffix, 0));
            leads().insert(ContractFixtures.lead("l-" + suffix, 0));
            if (fail) {
              throw new WorkFailed();
            }
            return null;
          });
          kept++;
        } catch (WorkFailed expected) {
          // the unit of work was undone
        }
      }
      return kept;
    });
    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    for (int t = 0; t < threads; t++) {
      for (int r = 0; r < rounds; r++) {
        String suffix = t + "-" + r;
        boolean kept = (t + r) % 2 != 0;
        assertThat(clients().find(ClientId.of("c-" + suffix)).isPresent()).as("client c-%s", suffix).isEqualTo(kept);
        assertThat(leads().find(LeadId.of("l-" + suffix)).isPresent()).as("lead l-%s", suffix).isEqualTo(kept);
      }
    }
    assertThat(clients().count()).isEqualTo(threads * rounds / 2);
    assertThat(leads().count()).isEqualTo(threads * rounds / 2);
  }
}
