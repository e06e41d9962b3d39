package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.IdGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link IdGenerator}: ids never repeat for an entity type, neither in a
 * long sequence from one thread nor among ids drawn by many threads at once; every id is a
 * valid id text for its typed id ({@link EntityId}: not blank, no surrounding white space, at
 * most {@value EntityId#MAX_LENGTH} characters); the typed helpers draw from the same
 * sequences without repeats. Extend it and implement {@link #newIdGenerator()}.
 */
public abstract class IdGeneratorContract {
  private IdGenerator generator;

  /** Creates the contract; called by the host's test class. */
  protected IdGeneratorContract() {}

  /**
   * Returns the generator to test, used by one test.
   *
   * @return the generator
   */
  protected abstract IdGenerator newIdGenerator();

  @BeforeEach
  final void createGenerator() {
    generator = newIdGenerator();
  }

  @Test
  void idsNeverRepeatInALongSequence() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = generator.next("ClientId");
      assertThat(seen.add(id)).as("id %s returned twice", id).isTrue();
    }
  }

  @Test
  void idsNeverRepeatAcrossThreads() {
    int threads = 8;
    int perThread = 2_000;
    List<Race.Outcome<List<String>>> outcomes = Race.run(threads, t -> () -> {
      List<String> ids = new ArrayList<>(perThread);
      for (int i = 0; i < perThread; i++) {
        ids.add(i % 2 == 0 ? generator.next("ClientId") : generator.newClientId().value());
      }
      return ids;
    });
    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    Set<String> all = new HashSet<>();
    outcomes.forEach(o -> all.addAll(o.result()));
    assertThat(all).hasSize(threads * perThread);
  }

  @Test
  void idsAreValidIdTexts() {
    for (String type : List.of("ClientId", "ContactPersonId", "CounterpartyId", "InterestId", "TaskId", "LeadId")) {
      for (int i = 0; i < 20; i++) {
        String id = generator.next(type);
        assertThat(id).isNotBlank().isEqualTo(id.strip());
        assertThat(id.length()).isLessThanOrEqualTo(EntityId.MAX_LENGTH);
      }
    }
  }

  @Test
  void typedHelpersDoNotRepeat() {
    Set<EntityId> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertThat(seen.add(generator.newClientId())).isTrue();
      assertThat(seen.add(generator.newContactPersonId())).isTrue();
      assertThat(seen.add(generator.newCounterpartyId())).isTrue();
      assertThat(seen.add(generator.newInterestId())).isTrue();
      assertThat(seen.add(generator.newTaskId())).isTrue();
    }
  }
}
