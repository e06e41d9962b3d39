package org.clientbase.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.RecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RecordStore} keeps, whatever it stores: reads by id and in pages,
 * versioned inserts and updates. The per-store contracts (e.g. {@link ClientStoreContract})
 * extend it with their records and queries; a host extends those.
 *
 * <p>Checks that:
 * <ul>
 *   <li>a new store is empty; an insert is found at version 1, equal to what was inserted;</li>
 *   <li>a second insert of the same id throws {@link DuplicateIdException} and leaves the
 *       stored record unchanged;</li>
 *   <li>an update at the stored version stores the next version; an update at an older or a
 *       later version, or of an absent record, throws {@link StaleWriteException} naming both
 *       versions and leaves the store unchanged;</li>
 *   <li>of several threads updating the same record from the same version exactly one wins,
 *       and the stored record is the winner's; of several threads inserting the same id exactly
 *       one wins; inserts of distinct ids from many threads are all kept;</li>
 *   <li>{@code page} walks every record exactly once in id-text order (where id text order
 *       differs from numeric order) for several page sizes, resumes after an id that is not
 *       stored, and returns the latest versions;</li>
 *   <li>{@code findAll} returns exactly the stored ids asked for; {@code count} counts;</li>
 *   <li>every read sees the writes that returned before it.</li>
 * </ul>
 *
 * @param <I> the id type
 * @param <T> the record type
 * @param <S> the store type
 */
public abstract class RecordStoreContract<I extends EntityId, T, S extends RecordStore<I, T>> {
  private S store;

  /** Creates the contract; called by the subclass. */
  protected RecordStoreContract() {}

  /**
   * Returns a store holding no records, used by one test. A host backed by a database clears
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
   * Returns a record with an id; different variants have the same id but differ in content.
   *
   * @param id the id text
   * @param variant the variant, from 0
   * @return the record
   */
  protected abstract T record(String id, int variant);

  /**
   * Returns a record's id.
   *
   * @param record the record
   * @return its id
   */
  protected abstract I idOf(T record);

  /**
   * Returns the id with a text.
   *
   * @param text the id text
   * @return the id
   */
  protected abstract I id(String text);

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
    assertThat(store.count()).as("newStore() must return an empty store").isZero();
  }

  @AfterEach
  final void disposeStore() {
    releaseStore(store);
  }

  /** Inserts records with these ids in the given order and returns them. */
  final List<T> insertAll(List<String> ids) {
    List<T> inserted = new ArrayList<>();
    for (String id : ids) {
      T record = record(id, 0);
      store.insert(record);
      inserted.add(record);
    }
    return inserted;
  }

  /** Ids whose text order differs from their numeric order, inserted out of order. */
  static List<String> scrambledIds(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ids.add(prefix + i);
    }
    // a fixed permutation: every 7th, deterministic
    List<String> scrambled = new ArrayList<>();
    for (int start = 0; start < 7; start++) {
      for (int i = start; i < n; i += 7) {
        scrambled.add(ids.get(i));
      }
    }
    Collections.reverse(scrambled);
    return scrambled;
  }

  @Test
  void newStoreFindsNothing() {
    assertThat(store.find(id("r-1"))).isEmpty();
    assertThat(store.findAll(List.of(id("r-1"), id("r-2")))).isEmpty();
    assertThat(store.page(10)).isEmpty();
    assertThat(store.count()).isZero();
  }

  @Test
  void insertStoresTheRecordAtVersionOne() {
    T record = record("r-1", 0);
    Versioned<T> stored = store.insert(record);
    assertThat(stored).isEqualTo(new Versioned<>(record, 1));
    assertThat(store.find(id("r-1"))).contains(new Versioned<>(record, 1));
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void insertOfAStoredIdIsRejectedAndLeavesTheRecordUnchanged() {
    T first = record("r-1", 0);
    store.insert(first);
    store.update(record("r-1", 1), 1);
    assertThatThrownBy(() -> store.insert(record("r-1", 2))).isInstanceOf(DuplicateIdException.class);
    assertThat(store.find(id("r-1"))).contains(new Versioned<>(record("r-1", 1), 2));
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void updateAtTheStoredVersionStoresTheNextVersion() {
    store.insert(record("r-1", 0));
    Versioned<T> second = store.update(record("r-1", 1), 1);
    assertThat(second).isEqualTo(new Versioned<>(record("r-1", 1), 2));
    assertThat(store.find(id("r-1"))).contains(second);
    Versioned<T> third = store.update(record("r-1", 2), 2);
    assertThat(third).isEqualTo(new Versioned<>(record("r-1", 2), 3));
    assertThat(store.find(id("r-1"))).contains(third);
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void staleUpdateIsRejectedAndLeavesTheStoredValueUnchanged() {
    store.insert(record("r-1", 0));
    store.update(record("r-1", 1), 1);
    assertThatThrownBy(() -> store.update(record("r-1", 2), 1))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isEqualTo(2);
        });
    assertThat(store.find(id("r-1"))).contains(new Versioned<>(record("r-1", 1), 2));
    assertThat(store.page(10)).containsExactly(new Versioned<>(record("r-1", 1), 2));
  }

  @Test
  void updateAtAVersionNotYetReachedIsRejected() {
    store.insert(record("r-1", 0));
    assertThatThrownBy(() -> store.update(record("r-1", 1), 2))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(2);
          assertThat(e.actualVersion()).isEqualTo(1);
        });
    assertThat(store.find(id("r-1"))).contains(new Versioned<>(record("r-1", 0), 1));
  }

  @Test
  void updateOfAnAbsentRecordIsRejectedAndInsertsNothing() {
    store.insert(record("r-1", 0));
    assertThatThrownBy(() -> store.update(record("r-2", 1), 1))
        .isInstanceOfSatisfying(StaleWriteException.class, e -> {
          assertThat(e.expectedVersion()).isEqualTo(1);
          assertThat(e.actualVersion()).isZero();
        });
    assertThat(store.find(id("r-2"))).isEmpty();
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void findAllReturnsTheStoredRecordsAskedFor() {
    insertAll(List.of("r-1", "r-2", "r-3"));
    store.update(record("r-2", 5), 1);
    Map<I, Versioned<T>> found = store.findAll(List.of(id("r-2"), id("r-3"), id("r-9")));
    assertThat(found).containsOnly(
        Map.entry(id("r-2"), new Versioned<>(record("r-2", 5), 2)),
        Map.entry(id("r-3"), new Versioned<>(record("r-3", 0), 1)));
    assertThat(store.findAll(List.of())).isEmpty();
  }

  @Test
  void countCountsEveryRecord() {
    insertAll(scrambledIds("r-", 12));
    assertThat(store.count()).isEqualTo(12);
  }

  @Test
  void pagesWalkEveryRecordOnceInIdTextOrder() {
    List<String> ids = scrambledIds("r-", 23);
    insertAll(ids);
    List<String> expected = ids.stream().sorted().toList();
    for (int size : new int[] {1, 2, 3, 5, 7, 22, 23, 24, 100}) {
      List<String> walked = new ArrayList<>();
      PageRequest<I> request = PageRequest.first(size);
      int pages = 0;
      while (true) {
        List<Versioned<T>> page = store.page(request);
        assertThat(page.size()).as("page size with limit %d", size).isLessThanOrEqualTo(size);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(r -> walked.add(idOf(r.value()).value()));
        request = request.next(idOf(page.get(page.size() - 1).value()));
        assertThat(++pages).as("pages with limit %d", size).isLessThanOrEqualTo(expected.size() + 1);
        if (page.size() < size) {
          assertThat(store.page(request)).as("a short page is the last").isEmpty();
          break;
        }
      }
      assertThat(walked).as("records walked with page size %d", size).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void pageResumesAfterAnIdThatIsNotStored() {
    insertAll(List.of("r-1", "r-3", "r-5", "r-7"));
    List<Versioned<T>> page = store.page(id("r-4"), 2);
    assertThat(page).extracting(r -> idOf(r.value()).value()).containsExactly("r-5", "r-7");
    assertThat(store.page(id("r-7"), 2)).isEmpty();
    assertThat(store.page(id("r-0"), 1)).extracting(r -> idOf(r.value()).value())
        .containsExactly("r-1");
  }

  @Test
  void pagesReturnTheLatestVersions() {
    insertAll(List.of("r-1", "r-2"));
    store.update(record("r-2", 3), 1);
    assertThat(store.page(5)).containsExactly(
        new Versioned<>(record("r-1", 0), 1), new Versioned<>(record("r-2", 3), 2));
  }

  @Test
  void readsSeeEveryWriteThatReturnedBefore() {
    for (int v = 1; v <= 5; v++) {
      if (v == 1) {
        store.insert(record("r-1", 0));
      }
      store.update(record("r-1", v), v);
      Versioned<T> expected = new Versioned<>(record("r-1", v), v + 1);
      assertThat(store.find(id("r-1"))).contains(expected);
      assertThat(store.findAll(List.of(id("r-1")))).containsEntry(id("r-1"), expected);
      assertThat(store.page(1)).containsExactly(expected);
    }
  }

  @Test
  void ofConcurrentUpdatesFromTheSameVersionExactlyOneWins() {
    int threads = 8;
    for (int round = 0; round < 5; round++) {
      String recordId = "r-race-" + round;
      store.insert(record(recordId, 0));
      List<Race.Outcome<Versioned<T>>> outcomes =
          Race.run(threads, i -> () -> store.update(record(recordId, i + 1), 1));
      List<Race.Outcome<Versioned<T>>> winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
      assertThat(winners).as("winners of round %d", round).hasSize(1);
      outcomes.stream().filter(o -> !o.succeeded()).forEach(o ->
          assertThat(o.failure()).isInstanceOf(StaleWriteException.class));
      Versioned<T> winner = winners.get(0).result();
      assertThat(winner.version()).isEqualTo(2);
      assertThat(store.find(id(recordId))).contains(winner);
    }
  }

  @Test
  void ofConcurrentInsertsOfTheSameIdExactlyOneWins() {
    int threads = 8;
    List<Race.Outcome<Versioned<T>>> outcomes =
        Race.run(threads, i -> () -> store.insert(record("r-1", i)));
    List<Race.Outcome<Versioned<T>>> winners = outcomes.stream().filter(Race.Outcome::succeeded).toList();
    assertThat(winners).hasSize(1);
    outcomes.stream().filter(o -> !o.succeeded()).forEach(o ->
        assertThat(o.failure()).isInstanceOf(DuplicateIdException.class));
    assertThat(store.find(id("r-1"))).contains(winners.get(0).result());
    assertThat(store.count()).isEqualTo(1);
  }

  @Test
  void concurrentInsertsOfDistinctIdsAreAllKept() {
    int threads = 8;
    int perThread = 25;
    List<Race.Outcome<Integer>> outcomes = Race.run(threads, t -> () -> {
      for (int i = 0; i < perThread; i++) {
        store.insert(record("r-" + t + "-" + i, 0));
      }
      return perThread;
    });
    assertThat(outcomes).allMatch(Race.Outcome::succeeded);
    assertThat(store.count()).isEqualTo((long) threads * perThread);
    List<Versioned<T>> all = store.page(threads * perThread + 1);
    Set<String> ids = all.stream().map(r -> idOf(r.value()).value()).collect(Collectors.toSet());
    assertThat(ids).hasSize(threads * perThread);
  }
}
