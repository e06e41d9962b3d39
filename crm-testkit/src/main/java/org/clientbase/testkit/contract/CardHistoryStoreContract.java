package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientbase.testkit.contract.ContractFixtures.MANAGER;
import static org.clientbase.testkit.contract.ContractFixtures.MOMENT_ONE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.history.CardDiff;
import org.clientbase.core.id.EntityId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.store.CardHistoryStore;
import org.clientbase.spi.store.CardRevision;
import org.clientbase.spi.store.RevisionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CardHistoryStore} keeps, whatever card it stores. The per-card
 * contracts ({@link ClientHistoryStoreContract}, {@link ContactPersonHistoryStoreContract})
 * supply the cards; a host extends those.
 *
 * <p>Checks that:
 * <ul>
 *   <li>a card with nothing recorded has no revisions and no latest one;</li>
 *   <li>appended revisions (a creation, updates, an observed revision without author) are read
 *       back equal and in number order, and {@code latest} is the last one;</li>
 *   <li>a revision whose number does not follow the last one throws
 *       {@link StaleWriteException} naming both numbers and writes nothing;</li>
 *   <li>a revision of another card, or one dated before the last revision, throws
 *       {@link InvalidValueException} and writes nothing; one dated at the same instant is
 *       kept;</li>
 *   <li>of several threads appending the same number exactly one wins;</li>
 *   <li>each card's history is its own.</li>
 * </ul>
 *
 * @param <I> the card id type
 * @param <C> the card type
 * @param <S> the store type
 */
public abstract class CardHistoryStoreContract<I extends EntityId, C, S extends CardHistoryStore<I, C>> {
  private S store;

  /** Creates the contract; called by the subclass. */
  protected CardHistoryStoreContract() {}

  /**
   * Returns a store holding no history, used by one test. A host backed by a database clears
   * the tables here.
   *
   * @return an empty store
   */
  protected abstract S newStore();

  /**
   * Releases a store after its test; does nothing unless overridden.
   *
   * @param store the store the test used
   */
  protected void releaseStore(S store) {}

  /**
   * Returns a card; different variants have the same id but differ in content.
   *
   * @param id the id text
   * @param variant the variant, from 0
   * @return the card
   */
  protected abstract C card(String id, int variant);

  /**
   * Returns the id with a text.
   *
   * @param text the id text
   * @return the id
   */
  protected abstract I id(String text);

  /**
   * Returns the diff between two versions of a card.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the diff
   */
  protected abstract CardDiff<C> diff(C before, C after);

  /**
   * Returns the store of the running test.
   *
   * @return the store made by {@link #newStore()} for this test
   */
  protected final S store() {
    return store;
  }

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  @AfterEach
  final void disposeStore() {
    releaseStore(store);
  }

  private static Instant minute(int n) {
    return MOMENT_ONE.plus(Duration.ofMinutes(n));
  }

  private CardRevision<C> created(String id, int minute) {
    C card = card(id, 0);
    return new CardRevision<>(id(id), 1, minute(minute), Optional.of(MANAGER), RevisionKind.CREATED, 1,
        diff(card, card), Optional.of(card));
  }

  private CardRevision<C> updated(String id, long number, int minute) {
    return new CardRevision<>(id(id), number, minute(minute), Optional.of(UserId.of("manager-" + number)),
        RevisionKind.UPDATED, number, diff(card(id, (int) number - 2), card(id, (int) number - 1)),
        Optional.empty());
  }

  private CardRevision<C> observed(String id, long number, int minute) {
    C found = card(id, 50);
    CardDiff<C> diff = number == 1 ? diff(found, found) : diff(card(id, (int) number - 2), found);
    return new CardRevision<>(id(id), number, minute(minute), Optional.empty(), RevisionKind.OBSERVED,
        number + 3, diff, Optional.of(found));
  }

  @Test
  void aCardWithNothingRecordedHasNoRevisions() {
    assertThat(store.revisions(id("c-1"))).isEmpty();
    assertThat(store.latest(id("c-1"))).isEmpty();
  }

  @Test
  void appendedRevisionsAreReadBackInNumberOrder() {
    List<CardRevision<C>> appended = List.of(
        created("c-1", 0), updated("c-1", 2, 5), updated("c-1", 3, 9), observed("c-1", 4, 20),
        updated("c-1", 5, 30));
    List<CardRevision<C>> expected = new ArrayList<>();
    for (CardRevision<C> revision : appended) {
      store.append(id("c-1"), revision);
      expected.add(revision);
      assertThat(store.revisions(id("c-1"))).containsExactlyElementsOf(expected);
      assertThat(store.latest(id("c-1"))).contains(revision);
    }
  }

  @Test
  void anObservedRevisionMayStartAHistory() {
    CardRevision<C> first = observed("c-1", 1, 0);
    store.append(id("c-1"), first);
    assertThat(store.revisions(id("c-1"))).containsExactly(first);
  }

  @Test
  void aRevisionThatDoesNotFollowTheLastOneIsStaleAndWritesNothing() {
    store.append(id("c-1"), created("c-1", 0));
    store.append(id("c-1"), updated("c-1", 2, 1));
    List<CardRevision<C>> stored = store.revisions(id("c-1"));
    for (long number : new long[] {2, 4, 9}) {
      assertThatThrownBy(() -> store.append(id("c-1"), updated("c-1", number, 2)))
          .isInstanceOfSatisfying(StaleWriteException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(number - 1);
            assertThat(e.actualVersion()).isEqualTo(2);
          });
      assertThat(store.revisions(id("c-1"))).isEqualTo(stored);
    }
    assertThatThrownBy(() -> store.append(id("c-2"), updated("c-2", 2, 0)))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> assertThat(e.actualVersion()).isZero());
    assertThat(store.revisions(id("c-2"))).isEmpty();
  }

  @Test
  void aRevisionOfAnotherCardIsRefusedAndWritesNothing() {
    assertThatThrownBy(() -> store.append(id("c-1"), created("c-2", 0)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.revisions(id("c-1"))).isEmpty();
    assertThat(store.revisions(id("c-2"))).isEmpty();
  }

  @Test
  void aRevisionDatedBeforeTheLastOneIsRefusedAndOneAtTheSameInstantIsKept() {
    store.append(id("c-1"), created("c-1", 10));
    assertThatThrownBy(() -> store.append(id("c-1"), updated("c-1", 2, 9)))
        .isInstanceOf(InvalidValueException.class);
    assertThat(store.revisions(id("c-1"))).hasSize(1);
    CardRevision<C> sameInstant = updated("c-1", 2, 10);
    store.append(id("c-1"), sameInstant);
    assertThat(store.latest(id("c-1"))).contains(sameInstant);
  }

  @Test
  void ofConcurrentAppendsOfTheSameNumberExactlyOneWins() {
    store.append(id("c-1"), created("c-1", 0));
    List<Race.Outcome<Boolean>> outcomes = Race.run(8, i -> () -> {
      store.append(id("c-1"), updated("c-1", 2, i + 1));
      return true;
    });
    assertThat(outcomes.stream().filter(Race.Outcome::succeeded)).hasSize(1);
    outcomes.stream().filter(o -> !o.succeeded())
        .forEach(o -> assertThat(o.failure()).isInstanceOf(StaleWriteException.class));
    assertThat(store.revisions(id("c-1"))).hasSize(2);
  }

  @Test
  void eachCardHasItsOwnHistory() {
    store.append(id("c-1"), created("c-1", 0));
    store.append(id("c-10"), created("c-10", 1));
    store.append(id("c-1"), updated("c-1", 2, 2));
    assertThat(store.revisions(id("c-1"))).extracting(CardRevision::number).containsExactly(1L, 2L);
    assertThat(store.revisions(id("c-10"))).extracting(CardRevision::number).containsExactly(1L);
    assertThat(store.revisions(id("c-2"))).isEmpty();
  }
}
