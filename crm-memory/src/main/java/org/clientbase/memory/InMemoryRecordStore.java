package org.clientbase.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.RecordStore;

/**
 * What every in-memory directory and fact store, and the merge journal, share: records by id
 * text in a sorted map, versioned writes, id-ordered pages, secondary indexes for the
 * store-specific queries, and participation in an {@link InMemoryUnitOfWork}.
 *
 * <p>Every write takes the unit of work's lock, checks, changes the record and its index
 * entries, and records its undo when a unit of work is running on the thread. Reads take no
 * lock and always see the writes that returned before them. Every call first consults the
 * {@link FaultInjector}, so a failing call has no effect.
 *
 * @param <I> the id type
 * @param <T> the record type
 */
public abstract sealed class InMemoryRecordStore<I extends EntityId, T> implements RecordStore<I, T>
    permits InMemoryLeadStore, InMemoryClientStore, InMemoryContactPersonStore,
        InMemoryCounterpartyStore, InMemoryClientFactStore, InMemoryMergeJournal {

  private final String entity;
  private final String operationPrefix;
  private final String limitField;
  private final boolean failsAfterEffect;
  private final Function<T, I> idOf;
  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentSkipListMap<String, Versioned<T>> records = new ConcurrentSkipListMap<>();
  private final AtomicLong count = new AtomicLong();
  private final List<Index<?>> indexes = new ArrayList<>();

  /**
   * Creates the store.
   *
   * @param entity the record type's name for messages, e.g. {@code "Client"}
   * @param store the SPI interface's name for fault injection, e.g. {@code "ClientStore"}
   * @param idOf how to read a record's id
   * @param unitOfWork the unit of work the store's writes take part in
   * @param faults the fault injector consulted before every call
   */
  InMemoryRecordStore(
      String entity, String store, Function<T, I> idOf, InMemoryUnitOfWork unitOfWork,
      FaultInjector faults) {
    this(entity, store, idOf, unitOfWork, faults, entity + " page limit", true);
  }

  /**
   * Creates the store, naming the limit in its errors and choosing how planned write failures
   * behave.
   *
   * @param entity the record type's name for messages, e.g. {@code "Client"}
   * @param store the SPI interface's name for fault injection, e.g. {@code "ClientStore"}
   * @param idOf how to read a record's id
   * @param unitOfWork the unit of work the store's writes take part in
   * @param faults the fault injector consulted before every call
   * @param limitField the field name under which a limit below 1 is rejected
   * @param failsAfterEffect whether a plan failing {@linkplain FailurePlan#afterEffect() after
   *     the effect} lets a failing write take effect; if not, every failing write has no effect
   */
  InMemoryRecordStore(
      String entity, String store, Function<T, I> idOf, InMemoryUnitOfWork unitOfWork,
      FaultInjector faults, String limitField, boolean failsAfterEffect) {
    this.entity = entity;
    this.operationPrefix = store + ".";
    this.limitField = limitField;
    this.failsAfterEffect = failsAfterEffect;
    this.idOf = idOf;
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    Objects.requireNonNull(id, "id");
    faults.beforeCall(operationPrefix + "find", false);
    return Optional.ofNullable(records.get(id.value()));
  }

  @Override
  public Map<I, Versioned<T>> findAll(Collection<I> ids) {
    Objects.requireNonNull(ids, "ids");
    faults.beforeCall(operationPrefix + "findAll", false);
    Map<I, Versioned<T>> found = new LinkedHashMap<>();
    for (I id : ids) {
      Versioned<T> record = records.get(Objects.requireNonNull(id, "id").value());
      if (record != null) {
        found.put(id, record);
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Stores a new record at version 1.
   *
   * @param value the record; its id must not be stored yet
   * @return the record at version 1
   * @throws DuplicateIdException if the id is already stored; nothing is written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public Versioned<T> insert(T value) {
    Objects.requireNonNull(value, "value");
    String id = idOf.apply(value).value();
    return write("insert", () -> {
      if (records.containsKey(id)) {
        throw new DuplicateIdException(entity + " " + id);
      }
      Versioned<T> stored = Versioned.first(value);
      replace(id, null, stored);
      unitOfWork.onUndo(() -> replace(id, stored, null));
      return stored;
    });
  }

  /**
   * Replaces a record, if it is still at the expected version.
   *
   * @param value the new record; its id names the record to replace
   * @param expectedVersion the version the new record was computed from
   * @return the record at the next version
   * @throws StaleWriteException if the record is absent or at another version; nothing is
   *     written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written unless
   *     the plan fails {@linkplain FailurePlan#afterEffect() after the effect}
   */
  @Override
  public Versioned<T> update(T value, long expectedVersion) {
    Objects.requireNonNull(value, "value");
    String id = idOf.apply(value).value();
    return write("update", () -> {
      Versioned<T> current = records.get(id);
      if (current == null || current.version() != expectedVersion) {
        throw new StaleWriteException(
            entity + " " + id, expectedVersion, current == null ? 0 : current.version());
      }
      Versioned<T> stored = current.next(value);
      replace(id, current, stored);
      unitOfWork.onUndo(() -> replace(id, stored, current));
      return stored;
    });
  }

  /**
   * Returns records in id order, after a given id.
   *
   * @param after the last id already seen, or empty to start at the beginning; need not be
   *     stored
   * @param limit the largest number of records to return, at least 1
   * @return up to {@code limit} records with ids greater than {@code after}, in id order
   * @throws InvalidValueException if {@code limit} is below 1
   */
  @Override
  public List<Versioned<T>> page(Optional<I> after, int limit) {
    Objects.requireNonNull(after, "after");
    requireLimit(limit);
    faults.beforeCall(operationPrefix + "page", false);
    NavigableMap<String, Versioned<T>> tail =
        after.isPresent() ? records.tailMap(after.get().value(), false) : records;
    List<Versioned<T>> page = new ArrayList<>(Math.min(limit, 1024));
    for (Versioned<T> record : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(record);
    }
    return Collections.unmodifiableList(page);
  }

  @Override
  public long count() {
    faults.beforeCall(operationPrefix + "count", false);
    return count.get();
  }

  /**
   * Returns every record in id order, for assertions in tests. Not counted by the fault
   * injector.
   *
   * @return a copy of the store's contents
   */
  public List<Versioned<T>> all() {
    return List.copyOf(records.values());
  }

  /**
   * Runs a write under the unit of work's lock, after consulting the fault injector; a failure
   * planned for after the effect is thrown once the write is made (and recorded for undo).
   */
  private <R> R write(String operation, Supplier<R> mutation) {
    if (!failsAfterEffect) {
      faults.beforeCall(operationPrefix + operation, true);
      return unitOfWork.write(mutation);
    }
    InjectedFailure late = faults.beforeWrite(operationPrefix + operation);
    R result = unitOfWork.write(mutation);
    if (late != null) {
      throw late;
    }
    return result;
  }

  /** Consults the fault injector for a read of a store-specific query. */
  final void beforeRead(String operation) {
    faults.beforeCall(operationPrefix + operation, false);
  }

  /** Returns the record stored under an id text, or {@code null}. */
  final Versioned<T> stored(String id) {
    return records.get(id);
  }

  /** Returns a live, unmodifiable view of the stored records in id order. */
  final Collection<Versioned<T>> storedInIdOrder() {
    return Collections.unmodifiableCollection(records.values());
  }

  /** Rejects a limit below 1, naming the store's limit field. */
  final void requireLimit(int limit) {
    if (limit < 1) {
      throw new InvalidValueException(limitField, limit, "must be at least 1");
    }
  }

  /**
   * Adds a secondary index; called from a subclass constructor, before the store is used.
   *
   * @param keys the keys under which a record is found
   * @param <K> the key type
   * @return the index
   */
  final <K> Index<K> index(Function<T, Collection<K>> keys) {
    Index<K> index = new Index<>(keys);
    indexes.add(index);
    return index;
  }

  /**
   * Replaces the stored record under the lock. New index keys are added before the record
   * changes and stale ones removed after, so a concurrent reader never misses a record whose
   * key did not change.
   */
  private void replace(String id, Versioned<T> before, Versioned<T> after) {
    if (after != null) {
      for (Index<?> index : indexes) {
        index.add(id, after.value());
      }
      records.put(id, after);
    } else {
      records.remove(id);
    }
    if (before == null) {
      count.incrementAndGet();
    } else if (after == null) {
      count.decrementAndGet();
    }
    if (before != null) {
      for (Index<?> index : indexes) {
        index.removeStale(id, before.value(), after == null ? null : after.value());
      }
    }
  }

  /**
   * A secondary index from a key to the ids of the records that have it.
   *
   * @param <K> the key type
   */
  final class Index<K> {
    private final Function<T, Collection<K>> keys;
    // Most keys (a phone, an email) belong to one record: a sorted array replaced on each change
    // is far lighter than a concurrent sorted set per key. compute() keeps each key's change atomic.
    private final ConcurrentHashMap<K, String[]> ids = new ConcurrentHashMap<>();

    private Index(Function<T, Collection<K>> keys) {
      this.keys = keys;
    }

    private void add(String id, T value) {
      for (K key : keys.apply(value)) {
        ids.compute(key, (k, current) -> {
          if (current == null) {
            return new String[] {id};
          }
          int at = Arrays.binarySearch(current, id);
          if (at >= 0) {
            return current;
          }
          int insert = -at - 1;
          String[] next = new String[current.length + 1];
          System.arraycopy(current, 0, next, 0, insert);
          next[insert] = id;
          System.arraycopy(current, insert, next, insert + 1, current.length - insert);
          return next;
        });
      }
    }

    private void removeStale(String id, T before, T after) {
      Collection<K> kept = after == null ? Set.of() : keys.apply(after);
      for (K key : keys.apply(before)) {
        if (!kept.contains(key)) {
          ids.computeIfPresent(key, (k, current) -> {
            int at = Arrays.binarySearch(current, id);
            if (at < 0) {
              return current;
            }
            if (current.length == 1) {
              return null;
            }
            String[] next = new String[current.length - 1];
            System.arraycopy(current, 0, next, 0, at);
            System.arraycopy(current, at + 1, next, at, current.length - at - 1);
            return next;
          });
        }
      }
    }

    /**
     * Returns the records that have a key, in id order, each checked again against the key so
     * that a concurrent update cannot slip in a record that no longer has it.
     */
    List<T> find(K key) {
      return find(key, Versioned::value);
    }

    /** Returns the records that have a key with their versions, as {@link #find(Object)}. */
    List<Versioned<T>> findVersioned(K key) {
      return find(key, Function.identity());
    }

    private <R> List<R> find(K key, Function<Versioned<T>, R> as) {
      Objects.requireNonNull(key, "key");
      String[] found = ids.get(key);
      if (found == null) {
        return List.of();
      }
      List<R> result = new ArrayList<>();
      for (String id : found) {
        Versioned<T> record = records.get(id);
        if (record != null && keys.apply(record.value()).contains(key)) {
          result.add(as.apply(record));
        }
      }
      return Collections.unmodifiableList(result);
    }
  }
}
