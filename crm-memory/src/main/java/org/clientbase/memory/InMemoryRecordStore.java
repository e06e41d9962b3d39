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
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.store.PageRequest;
import org.clientbase.spi.store.RecordStore;

/**
 * What every in-memory directory and fact store, and the merge journal, share: records by id
 * text in a sorted map, versioned writes, id-ordered pages, secondary indexes for the
 * store-specific queries, and participation in an {@link InMemoryUnitOfWork}.
 *
 * <p>Every write takes its record's lock in the {@link InMemoryUnitOfWork} and checks the
 * expected version. Inside a unit of work the new value stays private to it (its own reads see
 * it, other threads read the last committed value) until the unit of work commits, and is
 * dropped if it fails; outside one the write takes effect at once. Reads take no lock. Every
 * call first consults the {@link FaultInjector}, so a failing call has no effect.
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
  // values written by running units of work, visible only to them; null value = not stored
  private final ConcurrentHashMap<String, Pending<T>> pending = new ConcurrentHashMap<>();
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
    return Optional.ofNullable(visible(id.value()));
  }

  @Override
  public Map<I, Versioned<T>> findAll(Collection<I> ids) {
    Objects.requireNonNull(ids, "ids");
    faults.beforeCall(operationPrefix + "findAll", false);
    Map<I, Versioned<T>> found = new LinkedHashMap<>();
    for (I id : ids) {
      Versioned<T> record = visible(Objects.requireNonNull(id, "id").value());
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
    return write("insert", id, tx -> {
      if (visible(id) != null) {
        throw new DuplicateIdException(entity + " " + id);
      }
      Versioned<T> stored = Versioned.first(value);
      put(tx, id, stored);
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
    return write("update", id, tx -> {
      Versioned<T> current = visible(id);
      if (current == null || current.version() != expectedVersion) {
        throw new StaleWriteException(
            entity + " " + id, expectedVersion, current == null ? 0 : current.version());
      }
      Versioned<T> stored = current.next(value);
      put(tx, id, stored);
      return stored;
    });
  }

  /**
   * Returns records in id order, from the start or after a given id (which need not be stored).
   *
   * @param request the first page or the page after an id, and the largest number of records
   * @return up to {@code request.limit()} records with ids greater than {@code request.after()},
   *     in id order
   */
  @Override
  public List<Versioned<T>> page(PageRequest<I> request) {
    Optional<I> after = request.after();
    int limit = request.limit();
    faults.beforeCall(operationPrefix + "page", false);
    NavigableMap<String, Versioned<T>> tail =
        after.isPresent() ? records.tailMap(after.get().value(), false) : records;
    NavigableMap<String, Versioned<T>> own = ownPending();
    if (own.isEmpty()) {
      List<Versioned<T>> page = new ArrayList<>(Math.min(limit, 1024));
      for (Versioned<T> record : tail.values()) {
        if (page.size() == limit) {
          break;
        }
        page.add(record);
      }
      return Collections.unmodifiableList(page);
    }
    java.util.TreeMap<String, Versioned<T>> merged = new java.util.TreeMap<>();
    for (Map.Entry<String, Versioned<T>> record : tail.entrySet()) {
      if (merged.size() == limit + own.size()) {
        break;
      }
      merged.put(record.getKey(), record.getValue());
    }
    for (Map.Entry<String, Versioned<T>> mine : own.entrySet()) {
      if (after.isEmpty() || mine.getKey().compareTo(after.get().value()) > 0) {
        merged.put(mine.getKey(), mine.getValue());
      }
    }
    List<Versioned<T>> page = new ArrayList<>();
    for (Versioned<T> record : merged.values()) {
      if (page.size() == limit) {
        break;
      }
      if (record != ABSENT) {
        page.add(record);
      }
    }
    return Collections.unmodifiableList(page);
  }

  @Override
  public long count() {
    faults.beforeCall(operationPrefix + "count", false);
    long total = count.get();
    for (Map.Entry<String, Versioned<T>> mine : ownPending().entrySet()) {
      total += records.containsKey(mine.getKey()) ? 0 : 1;
    }
    return total;
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
   * Runs a write holding the record's lock, after consulting the fault injector; a failure
   * planned for after the effect is thrown once the write is made.
   */
  private <R> R write(String operation, String id,
      Function<InMemoryUnitOfWork.Transaction, R> mutation) {
    Key key = new Key(this, id);
    String describe = entity + " " + id;
    if (!failsAfterEffect) {
      faults.beforeCall(operationPrefix + operation, true);
      return unitOfWork.writeRecord(key, describe, mutation);
    }
    InjectedFailure late = faults.beforeWrite(operationPrefix + operation);
    R result = unitOfWork.writeRecord(key, describe, mutation);
    if (late != null) {
      throw late;
    }
    return result;
  }

  /** A record's lock: the store and the id text. */
  private record Key(Object store, String id) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.store == store && k.id.equals(id);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(store) * 31 + id.hashCode();
    }
  }

  /** A value written by a running unit of work; {@link #ABSENT} stands for no record. */
  private record Pending<T>(InMemoryUnitOfWork.Transaction owner, Versioned<T> value) {}

  @SuppressWarnings("rawtypes")
  private static final Versioned ABSENT = Versioned.first("absent");

  /**
   * Returns what the calling thread sees under an id: its unit of work's own write, else the
   * committed record; {@code null} if none.
   */
  private Versioned<T> visible(String id) {
    if (!pending.isEmpty()) {
      Pending<T> mine = pending.get(id);
      if (mine != null && mine.owner() == unitOfWork.current()) {
        return mine.value() == ABSENT ? null : mine.value();
      }
    }
    return records.get(id);
  }

  /** The calling thread's unit of work's own writes in this store, by id. */
  @SuppressWarnings("unchecked")
  private NavigableMap<String, Versioned<T>> ownPending() {
    java.util.TreeMap<String, Versioned<T>> own = new java.util.TreeMap<>();
    if (pending.isEmpty()) {
      return own;
    }
    InMemoryUnitOfWork.Transaction tx = unitOfWork.current();
    if (tx == null) {
      return own;
    }
    for (Map.Entry<String, Pending<T>> entry : pending.entrySet()) {
      if (entry.getValue().owner() == tx) {
        own.put(entry.getKey(), entry.getValue().value() == null ? (Versioned<T>) ABSENT : entry.getValue().value());
      }
    }
    return own;
  }

  /**
   * Stores a value written under the record's lock: at once outside a unit of work, else
   * privately until the unit of work ends.
   */
  private void put(InMemoryUnitOfWork.Transaction tx, String id, Versioned<T> stored) {
    if (tx == null) {
      replace(id, records.get(id), stored);
      return;
    }
    for (Index<?> index : indexes) {
      index.add(id, stored.value());
    }
    Pending<T> before = pending.put(id, new Pending<>(tx, stored));
    if (before == null) {
      tx.onEnd(committed -> {
        Pending<T> last = pending.get(id);
        Versioned<T> previous = records.get(id);
        if (committed) {
          replace(id, previous, last.value());
        } else if (previous == null) {
          for (Index<?> index : indexes) {
            index.removeStale(id, last.value().value(), null);
          }
        } else {
          for (Index<?> index : indexes) {
            index.removeStale(id, last.value().value(), previous.value());
          }
        }
        pending.remove(id);
      });
    }
  }

  /** Consults the fault injector for a read of a store-specific query. */
  final void beforeRead(String operation) {
    faults.beforeCall(operationPrefix + operation, false);
  }

  /** Returns the record stored under an id text, or {@code null}. */
  final Versioned<T> stored(String id) {
    return visible(id);
  }

  /**
   * Returns the stored records in id order, as the calling thread sees them: a live view of
   * the committed records, or a copy with its unit of work's own writes.
   */
  final Collection<Versioned<T>> storedInIdOrder() {
    NavigableMap<String, Versioned<T>> own = ownPending();
    if (own.isEmpty()) {
      return Collections.unmodifiableCollection(records.values());
    }
    java.util.TreeMap<String, Versioned<T>> merged = new java.util.TreeMap<>(records);
    merged.putAll(own);
    merged.values().removeIf(v -> v == ABSENT);
    return Collections.unmodifiableCollection(merged.values());
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
        Versioned<T> record = visible(id);
        if (record != null && keys.apply(record.value()).contains(key)) {
          result.add(as.apply(record));
        }
      }
      return Collections.unmodifiableList(result);
    }
  }
}
