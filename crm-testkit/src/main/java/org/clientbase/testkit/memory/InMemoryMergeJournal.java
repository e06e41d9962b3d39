package org.clientbase.testkit.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.EntityId;
import org.clientbase.spi.DuplicateIdException;
import org.clientbase.spi.StaleWriteException;
import org.clientbase.spi.Versioned;
import org.clientbase.spi.matching.MergeId;
import org.clientbase.spi.matching.MergeJournal;
import org.clientbase.spi.matching.MergeRecord;
import org.clientbase.spi.matching.MergeState;

/**
 * An in-memory {@link MergeJournal}, indexed by the cards each merge names. Writes take part in
 * the {@link InMemoryUnitOfWork}; every call first consults the {@link FaultInjector}, so a
 * failing call has no effect. Thread-safe.
 */
public final class InMemoryMergeJournal implements MergeJournal {
  private static final String OPERATION = "MergeJournal.";

  private final InMemoryUnitOfWork unitOfWork;
  private final FaultInjector faults;
  private final ConcurrentSkipListMap<String, Versioned<MergeRecord>> records = new ConcurrentSkipListMap<>();
  private final ConcurrentHashMap<EntityId, ConcurrentSkipListSet<String>> byCard = new ConcurrentHashMap<>();

  /** Creates an empty journal with its own unit of work and no fault injection. */
  public InMemoryMergeJournal() {
    this(new InMemoryUnitOfWork(), new FaultInjector());
  }

  /**
   * Creates an empty journal.
   *
   * @param unitOfWork the unit of work its writes take part in
   * @param faults the fault injector consulted before every call
   */
  public InMemoryMergeJournal(InMemoryUnitOfWork unitOfWork, FaultInjector faults) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public Optional<Versioned<MergeRecord>> find(MergeId id) {
    Objects.requireNonNull(id, "id");
    faults.beforeCall(OPERATION + "find", false);
    return Optional.ofNullable(records.get(id.value()));
  }

  @Override
  public Map<MergeId, Versioned<MergeRecord>> findAll(Collection<MergeId> ids) {
    Objects.requireNonNull(ids, "ids");
    faults.beforeCall(OPERATION + "findAll", false);
    Map<MergeId, Versioned<MergeRecord>> found = new LinkedHashMap<>();
    for (MergeId id : ids) {
      Versioned<MergeRecord> record = records.get(Objects.requireNonNull(id, "id").value());
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
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public Versioned<MergeRecord> insert(MergeRecord value) {
    Objects.requireNonNull(value, "value");
    String id = value.id().value();
    faults.beforeCall(OPERATION + "insert", true);
    return unitOfWork.write(() -> {
      if (records.containsKey(id)) {
        throw new DuplicateIdException("MergeRecord " + id);
      }
      Versioned<MergeRecord> stored = Versioned.first(value);
      replace(id, null, stored);
      unitOfWork.onUndo(() -> replace(id, stored, null));
      return stored;
    });
  }

  /**
   * Replaces a record, if it is still at the expected version.
   *
   * @param value the new record
   * @param expectedVersion the version it was computed from
   * @return the record at the next version
   * @throws StaleWriteException if the record is absent or at another version; nothing is
   *     written
   * @throws InjectedFailure if the fault injector fails this call; nothing is written
   */
  @Override
  public Versioned<MergeRecord> update(MergeRecord value, long expectedVersion) {
    Objects.requireNonNull(value, "value");
    String id = value.id().value();
    faults.beforeCall(OPERATION + "update", true);
    return unitOfWork.write(() -> {
      Versioned<MergeRecord> current = records.get(id);
      if (current == null || current.version() != expectedVersion) {
        throw new StaleWriteException("MergeRecord " + id, expectedVersion, current == null ? 0 : current.version());
      }
      Versioned<MergeRecord> stored = current.next(value);
      replace(id, current, stored);
      unitOfWork.onUndo(() -> replace(id, stored, current));
      return stored;
    });
  }

  /**
   * Returns records in id order, after a given id.
   *
   * @param after the last id already seen, or empty to start at the beginning
   * @param limit the most records to return, at least 1
   * @return up to {@code limit} records in id order
   * @throws InvalidValueException if the limit is below 1
   */
  @Override
  public List<Versioned<MergeRecord>> page(Optional<MergeId> after, int limit) {
    Objects.requireNonNull(after, "after");
    requireLimit(limit);
    faults.beforeCall(OPERATION + "page", false);
    NavigableMap<String, Versioned<MergeRecord>> tail =
        after.isPresent() ? records.tailMap(after.get().value(), false) : records;
    List<Versioned<MergeRecord>> page = new ArrayList<>();
    for (Versioned<MergeRecord> record : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(record);
    }
    return Collections.unmodifiableList(page);
  }

  @Override
  public long count() {
    faults.beforeCall(OPERATION + "count", false);
    return records.size();
  }

  /**
   * Finds the records in a state.
   *
   * @param state the state
   * @param limit the most records to return, at least 1
   * @return up to {@code limit} records in id order
   * @throws InvalidValueException if the limit is below 1
   */
  @Override
  public List<Versioned<MergeRecord>> findByState(MergeState state, int limit) {
    Objects.requireNonNull(state, "state");
    requireLimit(limit);
    faults.beforeCall(OPERATION + "findByState", false);
    List<Versioned<MergeRecord>> found = new ArrayList<>();
    for (Versioned<MergeRecord> record : records.values()) {
      if (found.size() == limit) {
        break;
      }
      if (record.value().state() == state) {
        found.add(record);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public List<Versioned<MergeRecord>> findByCard(EntityId card) {
    Objects.requireNonNull(card, "card");
    faults.beforeCall(OPERATION + "findByCard", false);
    ConcurrentSkipListSet<String> ids = byCard.get(card);
    if (ids == null) {
      return List.of();
    }
    List<Versioned<MergeRecord>> found = new ArrayList<>();
    for (String id : ids) {
      Versioned<MergeRecord> record = records.get(id);
      if (record != null && names(record.value(), card)) {
        found.add(record);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns every record in id order, for assertions in tests. Not counted by the fault
   * injector.
   *
   * @return a copy of the journal
   */
  public List<Versioned<MergeRecord>> all() {
    return List.copyOf(records.values());
  }

  private static boolean names(MergeRecord record, EntityId card) {
    return record.survivor().equals(card) || record.merged().contains(card);
  }

  private void replace(String id, Versioned<MergeRecord> before, Versioned<MergeRecord> after) {
    if (after != null) {
      index(id, after.value());
      records.put(id, after);
    } else {
      records.remove(id);
      if (before != null) {
        unindex(id, before.value());
      }
    }
  }

  private void index(String id, MergeRecord record) {
    byCard.computeIfAbsent(record.survivor(), c -> new ConcurrentSkipListSet<>()).add(id);
    for (EntityId merged : record.merged()) {
      byCard.computeIfAbsent(merged, c -> new ConcurrentSkipListSet<>()).add(id);
    }
  }

  private void unindex(String id, MergeRecord record) {
    List<EntityId> cards = new ArrayList<>(record.merged());
    cards.add(record.survivor());
    for (EntityId card : cards) {
      byCard.computeIfPresent(card, (c, ids) -> {
        ids.remove(id);
        return ids.isEmpty() ? null : ids;
      });
    }
  }

  private static void requireLimit(int limit) {
    if (limit < 1) {
      throw new InvalidValueException("MergeJournal limit", limit, "must be at least 1");
    }
  }
}
